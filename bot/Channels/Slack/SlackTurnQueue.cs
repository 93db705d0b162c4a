using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace TipBot.Bot.Slack;

/// <summary>
/// Turns acknowledged to Slack and waiting to run. One bounded lane per worker; a conversation always uses the
/// same lane, so its turns run in order (state!) while other conversations go on in parallel.
/// </summary>
public sealed class SlackTurnQueue
{
    public const int Lanes = 4;

    private readonly Channel<SlackTurn>[] _lanes;

    public SlackTurnQueue(IOptions<SlackOptions> options)
    {
        var capacity = Math.Max(1, options.Value.QueueCapacity / Lanes);
        _lanes = Enumerable.Range(0, Lanes)
            .Select(_ => Channel.CreateBounded<SlackTurn>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
            .ToArray();
    }

    /// <summary>False when the lane is full: the caller answers 503 and Slack retries later.</summary>
    public bool TryEnqueue(SlackTurn turn) =>
        _lanes[Lane(turn.Activity.Conversation?.Id ?? "")].Writer.TryWrite(turn);

    public ChannelReader<SlackTurn> Reader(int lane) => _lanes[lane].Reader;

    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }

    private static int Lane(string conversationId)
    {
        // A stable hash of its own: string.GetHashCode is fine within one process, but this says what it means.
        var hash = 0u;
        foreach (var c in conversationId)
        {
            hash = (hash * 31) + c;
        }
        return (int)(hash % Lanes);
    }
}
