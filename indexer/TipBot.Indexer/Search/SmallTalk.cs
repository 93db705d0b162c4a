using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Removes the small talk around a question: an opening greeting with the name it addresses ("Hallo TipBot,", "Dag
/// allemaal,"), the writer's own name ("ik ben Sandra", "mijn naam is Pieter") and the thanks and sign-off at the end
/// ("Alvast bedankt!", "Groet, Marleen", "Many thanks"), and the chat opener of the question itself ("Vraagje:", "Quick question from
/// a new colleague:").
/// </summary>
/// <remarks>
/// Greeting words are stop words already, but a name is a word no library uses, and such a word weighs as the rarest
/// of all (it looks like what the question is about): a long, polite question then seemed to cover little of itself and
/// was not answered. A name is only taken where the sentence introduces one, written with a capital or unknown to
/// the library, so "ik ben teamleider" and "dag van de mantelzorg" keep their words.
/// </remarks>
public static partial class SmallTalk
{
    /// <param name="known">Whether the library uses a word (as typed).</param>
    public static string Strip(string text, Func<string, bool> known)
    {
        // Each pattern only runs when its key words occur: most questions have no small talk, and four scans of every
        // question cost more than the rest of the analysis of a short one.
        var result = Opening().Replace(text, m => AddressesSomeone(m.Groups["name"], known) ? " " : m.Value, 1);
        if (HasAnyBeforeSpace(result, IntroductionWords)) result = Introduction().Replace(result, m => IsName(m.Groups["name"].Value, known) ? m.Groups["intro"].Value + " " : m.Value);
        if (HasAnyBeforeSpace(result, NameWords)) result = NameIntroduction().Replace(result, m => m.Groups["intro"].Value + " ");
        if (HasAny(result, QuestionNounWords)) result = ChatOpener().Replace(result, " ", 1);
        if (HasAny(result, ClosingWords)) result = Closing().Replace(result, " ", 1);
        return string.IsNullOrWhiteSpace(result) ? text : result;
    }

    private static readonly string[] IntroductionWords = ["ben", " am", "i'm", "this is"];
    private static readonly string[] NameWords = ["naam", "heet", "name"];
    private static readonly string[] ClosingWords = ["groet", "dank", "thank", "thx", "regards", "cheers", "mvg", "bvd", "appreciated", "wishes", "the best"];
    private static readonly string[] QuestionNounWords = ["vraag", "question"];

    private static bool HasAny(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // The key word followed by any white space, as the patterns allow: a line break or tab too ("ik ben\nSandra").
    private static bool HasAnyBeforeSpace(string text, string[] words)
    {
        foreach (var w in words)
        {
            for (var at = text.IndexOf(w, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(w, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var next = at + w.Length;
                if (next < text.Length && char.IsWhiteSpace(text[next])) return true;
            }
        }
        return false;
    }

    private static bool AddressesSomeone(Group name, Func<string, bool> known)
    {
        if (!name.Success) return true;
        var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => Audience().IsMatch(w) || IsName(w, known));
    }

    // A word no library text uses (its stem has no document): a name, not a topic.
    private static bool IsName(string word, Func<string, bool> known) => !known(word);

    [GeneratedRegex(@"^(allemaal|iedereen|team|collega'?s|daar|tipbot|bot|all|everyone|everybody|there)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Audience();

    // "Hallo," "Beste TipBot," "Dag allemaal!" "Hi there," at the very start; the greeting needs its punctuation, so a
    // question that starts with "dag van ..." or "beste manier om ..." keeps its words.
    [GeneratedRegex(@"^\s*(hallo|hoi|hey|hee|hai|hi|hello|dag|goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|beste|geachte|lieve|dear|good\s+(morning|afternoon|evening))(\s+(?<name>[\p{L}'-]+(\s+[\p{L}'-]+)?))?\s*[,!.:;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // The chat opener of the question itself, at its start (after a greeting): "Vraagje:", "Korte vraag,", "Quick question from a
    // new colleague:". Only who asks may stand between the opener and its punctuation ("van"/"from" and up to four words), so
    // "vraagje over huurtoeslag: ..." keeps its topic.
    [GeneratedRegex(@"^\s*(?i:(een\s+)?((kort|snel)\s+)?vraagje|(een\s+)?(korte|snelle)\s+vraag|(a\s+)?(quick|short)\s+question)((?i:\s+(van|from))(\s+[\p{L}'-]+){1,4})?\s*[:,.!-]+", RegexOptions.CultureInvariant)]
    private static partial Regex ChatOpener();

    // "Ik ben Sandra", "I am Pieter": a capital and a word the library does not know, since "ik ben Teamleider" is no name.
    [GeneratedRegex(@"\b(?<intro>(?i:ik\s+ben|i\s+am|i'm|this\s+is))\s+(?<name>\p{Lu}[\p{L}'-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    // "mijn naam is pieter", "ik heet Sandra de Vries": these words always introduce a name (one to three words).
    [GeneratedRegex(@"\b(?<intro>(?i:mijn\s+naam\s+is|ik\s+heet|my\s+name\s+is))\s+[\p{L}'-]+((\s+(van|de|der|den|el|al|ter|ten))*\s+\p{Lu}[\p{L}'-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NameIntroduction();

    // Thanks and sign-off at the end, after the question's last sentence, with the name under it: "Alvast bedankt!",
    // "Groet, Marleen", "Dank je wel". Only after a sentence ends, so "een brief afsluiten met vriendelijke groet" keeps its words.
    [GeneratedRegex(@"(?<=[.!?,;:\n])\s*\b(?i:(met\s+)?(vriendelijke\s+)?(groet|groeten|groetjes)|mvg|(hartelijke\s+|lieve\s+)?(groet|groeten|groetjes)|(alvast\s+)?(heel\s+|hartelijk\s+|erg\s+)?(bedankt|dank(\s+je|\s+u)?(\s+wel)?|dankjewel|dankuwel)(\s+alvast)?|alvast\s+dank|bij\s+voorbaat\s+dank|bvd|(many\s+)?thanks(\s+(a\s+lot|so\s+much|very\s+much))?(\s+in\s+advance)?|thank\s+you(\s+(so|very)\s+much)?(\s+in\s+advance)?|(much\s+)?appreciated|thx|(kind\s+|best\s+|warm\s+)?regards|best\s+wishes|all\s+the\s+best|cheers)([\s,.!]+\p{Lu}[\p{L}'-]+(\s+\p{Lu}[\p{L}'-]+)?)?[\s,.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}
