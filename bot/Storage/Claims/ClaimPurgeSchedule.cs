namespace TipBot.Bot.Storage.Claims;

/// <summary>Says when a claim store should drop its expired claims: at most once a minute, by whichever claim comes first.</summary>
public sealed class ClaimPurgeSchedule(TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private long _nextTicks;

    public bool IsDue()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextTicks);
        return now >= next && Interlocked.CompareExchange(ref _nextTicks, now + Interval.Ticks, next) == next;
    }
}
