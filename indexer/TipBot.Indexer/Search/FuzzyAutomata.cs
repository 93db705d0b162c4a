using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace TipBot.Indexer.Search;

/// <summary>
/// The Levenshtein automata of one search's fuzzy words, built once and used by every field and query of that
/// search. Lucene builds them per FuzzyQuery, so a misspelt word cost the same automata for each of the four
/// document fields and each section query (most of a question's CPU time). Scope: one search, one thread;
/// never kept between searches.
/// </summary>
public sealed class FuzzyAutomata
{
    private readonly Dictionary<(string Term, int MaxEdits, int PrefixLength, bool Transpositions), List<CompiledAutomaton>> _built = [];

    internal FuzzyQuery Query(Term term, int maxEdits, int prefixLength, int maxExpansions, bool transpositions)
    {
        var key = (term.Text, maxEdits, prefixLength, transpositions);
        if (!_built.TryGetValue(key, out var automata))
        {
            automata = [];
            _built[key] = automata;
        }
        return new SharingFuzzyQuery(term, maxEdits, prefixLength, maxExpansions, transpositions, automata);
    }

    /// <summary>A FuzzyQuery that hands its term enumeration the automata built for the same word earlier in the search.</summary>
    private sealed class SharingFuzzyQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, bool transpositions, List<CompiledAutomaton> shared)
        : FuzzyQuery(term, maxEdits, prefixLength, maxExpansions, transpositions)
    {
        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
        {
            // FuzzyTermsEnum builds only the automata its attribute lacks; the text (prefix and all) and the
            // options are the same for every field, so the automata are too.
            var attribute = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>();
            if (attribute.Automata.Count == 0)
            {
                foreach (var automaton in shared)
                {
                    attribute.Automata.Add(automaton);
                }
            }
            var termsEnum = base.GetTermsEnum(terms, atts);
            if (shared.Count < attribute.Automata.Count)
            {
                shared.Clear();
                shared.AddRange(attribute.Automata);
            }
            return termsEnum;
        }
    }
}
