using System.Collections;

namespace TipBot.Indexer.Search;

/// <summary>
/// A set of terms that answers <see cref="Contains"/> cheaply in its own way and lists or compares through the whole
/// set (<see cref="Whole"/>), made only when something asks for it.
/// </summary>
internal abstract class MembershipSet : IReadOnlySet<string>
{
    public abstract bool Contains(string item);

    /// <summary>Every term of the set, for counting, listing and set comparisons.</summary>
    protected abstract IReadOnlySet<string> Whole { get; }

    public int Count => Whole.Count;

    public IEnumerator<string> GetEnumerator() => Whole.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => Whole.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => Whole.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => Whole.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => Whole.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => Whole.SetEquals(other);
}
