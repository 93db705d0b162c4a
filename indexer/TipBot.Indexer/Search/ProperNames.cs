using System.Globalization;
using System.Text;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question word is a name in a document (a place, a person, an organisation): the document writes it with a capital
/// inside a sentence and never in lower case. A case names its town and its people; a question that shares only such a name with
/// it ("wat wordt het weer morgen in zilverstad") asks about that place, not about what the document advises (<see cref="AnswerJudge"/>).
/// </summary>
public static class ProperNames
{
    /// <summary>Whether <paramref name="document"/> writes a word of <paramref name="group"/> only as a name (see the type).</summary>
    /// <remarks>
    /// Read from the title, summary, headings and text as written (tags are lower case by format); a word at the start of a
    /// sentence, a line or a field says nothing either way. A word in capitals only (an abbreviation: WMO, KCC) is no name.
    /// </remarks>
    public static bool IsNameIn(KnowledgeDocument document, QueryTermGroup group)
    {
        var capitalised = 0;
        foreach (var text in TextsOf(document))
        {
            var sentenceStart = true;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (!char.IsLetter(c))
                {
                    if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '"' or '(' or '#' or '*' or '>' or '|') sentenceStart = true;
                    i++;
                    continue;
                }
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                var word = text.AsSpan(start, i - start);
                var atStart = sentenceStart;
                sentenceStart = false;
                if (!Matches(word, group)) continue;
                if (char.IsLower(word[0])) return false;
                if (!atStart && IsCapitalisedWord(word)) capitalised++;
            }
        }
        return capitalised > 0;
    }

    private static IEnumerable<string> TextsOf(KnowledgeDocument d)
    {
        yield return d.Title;
        yield return d.Summary;
        if (d.Sections.Count == 0)
        {
            yield return PlainText.FromMarkdown(d.Body);
            yield break;
        }
        foreach (var section in d.Sections)
        {
            yield return section.Heading;
            yield return PlainText.FromMarkdown(section.Text);
        }
    }

    // An upper-case letter followed by at least one lower-case one (Zilverstad, DigiD), not an abbreviation in capitals.
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return false;
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsLower(word[k])) return true;
        }
        return false;
    }

    // The word as the question's analysis would read it: lower case, without accents, as written or stemmed.
    private static bool Matches(ReadOnlySpan<char> word, QueryTermGroup group)
    {
        var alternatives = group.Alternatives;
        var first = char.ToLowerInvariant(word[0]);
        var any = false;
        for (var k = 0; k < alternatives.Count && !any; k++) any = alternatives[k].Length > 0 && alternatives[k][0] == first;
        if (!any) return false;
        var lower = Fold(word);
        for (var k = 0; k < alternatives.Count; k++)
        {
            if (alternatives[k] == lower) return true;
        }
        var stem = DutchStemming.Stem(lower);
        for (var k = 0; k < alternatives.Count; k++)
        {
            if (alternatives[k] == stem) return true;
        }
        return false;
    }

    private static string Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        }
        return folded.ToString();
    }
}
