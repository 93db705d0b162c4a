using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace TipBot.Indexer.Search;

/// <summary>
/// The Levenshtein automata of fuzzy words, built once and used by every field and query that asks for the same
/// word. Lucene builds them per FuzzyQuery, so a misspelt word cost the same automata for each of the four
/// document fields and each section query (most of a question's CPU time). An index snapshot keeps one for all
/// its searches, so a misspelling users repeat is compiled once; safe for concurrent searches.
/// </summary>
public sealed class FuzzyAutomata
{
    // Misspellings are mostly one-offs: bound the memory, dropping everything when full (rebuilding is cheap).
    private const int MaxWords = 2048;

    private readonly ConcurrentDictionary<(string Term, int MaxEdits, int PrefixLength, bool Transpositions), CompiledAutomaton[]> _built = new();

    internal FuzzyQuery Query(Term term, int maxEdits, int prefixLength, int maxExpansions, bool transpositions) =>
        new SharingFuzzyQuery(term, maxEdits, prefixLength, maxExpansions, transpositions, this);

    private CompiledAutomaton[] Get((string, int, int, bool) key) => _built.TryGetValue(key, out var automata) ? automata : [];

    private void Keep((string, int, int, bool) key, IList<CompiledAutomaton> automata)
    {
        if (_built.Count >= MaxWords) _built.Clear();
        var copy = automata.ToArray();
        // Automata lists only grow (one automaton per edit distance, 0..n): keep the longest seen.
        _built.AddOrUpdate(key, copy, (_, old) => old.Length >= copy.Length ? old : copy);
    }

    /// <summary>A FuzzyQuery that hands its term enumeration the automata built for the same word before.</summary>
    private sealed class SharingFuzzyQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, bool transpositions, FuzzyAutomata owner)
        : FuzzyQuery(term, maxEdits, prefixLength, maxExpansions, transpositions)
    {
        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
        {
            // FuzzyTermsEnum builds only the automata its attribute lacks; the text (prefix and all) and the
            // options are the same for every field, so the automata are too. Compiled automata are read-only
            // once built (Lucene's own AutomatonQuery shares them between threads).
            var key = (Term.Text, MaxEdits, PrefixLength, Transpositions);
            var shared = owner.Get(key);
            var attribute = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>();
            if (attribute.Automata.Count == 0)
            {
                foreach (var automaton in shared)
                {
                    attribute.Automata.Add(automaton);
                }
            }
            var termsEnum = base.GetTermsEnum(terms, atts);
            if (shared.Length < attribute.Automata.Count) owner.Keep(key, attribute.Automata);
            return termsEnum;
        }
    }
}
