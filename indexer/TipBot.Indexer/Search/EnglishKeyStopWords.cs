using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace TipBot.Indexer.Search;

/// <summary>
/// The stop words an English list's phrases are written with ("in" of "fill in", "of" of "point of contact"): the only
/// ones a question keeps for the list. The others go at once, so a phrase still matches across them ("lost their job"
/// reads "lost job").
/// </summary>
public static class EnglishKeyStopWords
{
    private static readonly ConditionalWeakTable<SynonymMap, CharArraySet> Known = new();

    public static CharArraySet Of(SynonymMap map) => Known.GetValue(map, Read);

    private static CharArraySet Read(SynonymMap map)
    {
        var words = new CharArraySet(DutchAnalyzer.Version, 16, false);
        if (map.Fst is null) return words;
        var keys = new BytesRefFSTEnum<BytesRef>(map.Fst);
        while (keys.MoveNext())
        {
            var input = keys.Current.Input;
            var text = Encoding.UTF8.GetString(input.Bytes, input.Offset, input.Length);
            foreach (var word in text.Split(SynonymMap.WORD_SEPARATOR))
            {
                if (DutchStopWords.Surface.Contains(word)) words.Add(word);
            }
        }
        return words;
    }
}
