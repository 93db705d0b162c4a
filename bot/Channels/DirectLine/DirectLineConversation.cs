using System.Text;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// One conversation's activity log as Direct Line clients read it: each activity (stored as its JSON, so it
/// cannot change after the fact) has a sequence number, and the watermark is the last number a client has seen.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly List<StoredActivity> _activities = [];
    private readonly int _maxActivities;
    private long _lastSequence;
    private long _lastIdNumber;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DirectLineConversation(string id, string userId, string locale, int maxActivities, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        Locale = locale;
        _maxActivities = maxActivities;
        LastUsed = now;
    }

    public string Id { get; }

    /// <summary>The user this conversation was created for (from the token, or generated).</summary>
    public string UserId { get; }

    /// <summary>The locale the client asked for when the conversation was made, for the welcome.</summary>
    public string Locale { get; }

    /// <summary>Set once the conversation was started, so the welcome is sent only the first time.</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>Marks the conversation started; true only for the first caller.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }
            Started = true;
            return true;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>Reserves the next activity id ("{conversationId}|0000001", Direct Line's shape).</summary>
    public string NextActivityId()
    {
        lock (_gate)
        {
            return $"{Id}|{++_lastIdNumber:D7}";
        }
    }

    /// <summary>Appends an activity whose id was reserved with <see cref="NextActivityId"/> (or re-appends an updated one).</summary>
    public void Append(string activityId, string json, DateTimeOffset? timestamp)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _activities.Add(new StoredActivity(++_lastSequence, activityId, json, timestamp));
            if (_activities.Count > _maxActivities)
            {
                _activities.RemoveRange(0, _activities.Count - _maxActivities);
            }
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>The timestamp an activity was first stored with, so an update keeps its place in the transcript.</summary>
    public DateTimeOffset? TimestampOf(string activityId)
    {
        lock (_gate)
        {
            return _activities.FirstOrDefault(a => a.Id == activityId)?.Timestamp;
        }
    }

    /// <summary>The latest stored JSON of an activity (an update is stored after the original), or null.</summary>
    public string? JsonOf(string activityId)
    {
        lock (_gate)
        {
            return _activities.FindLast(a => a.Id == activityId)?.Json;
        }
    }

    /// <summary>
    /// The activity set after <paramref name="watermark"/> as Direct Line's JSON {"activities":[...],"watermark":"n"},
    /// and a task that completes when something new is appended (for the stream).
    /// </summary>
    public (string Json, long Watermark, int Count, Task Changed) ActivitiesAfter(long watermark)
    {
        lock (_gate)
        {
            var json = new StringBuilder("{\"activities\":[");
            var count = 0;
            foreach (var activity in _activities)
            {
                if (activity.Sequence <= watermark)
                {
                    continue;
                }
                if (count++ > 0)
                {
                    json.Append(',');
                }
                json.Append(activity.Json);
            }
            json.Append("],\"watermark\":\"").Append(_lastSequence).Append("\"}");
            return (json.ToString(), _lastSequence, count, _changed.Task);
        }
    }

    private sealed record StoredActivity(long Sequence, string Id, string Json, DateTimeOffset? Timestamp);
}
