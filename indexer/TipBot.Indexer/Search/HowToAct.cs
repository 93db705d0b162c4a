using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question asks, in the sentence that asks, how the asker should act: "hoe pak ik dat aan?", "hoe kunnen we zulke mensen
/// beter voorbereiden?", "hoe doe je dat zonder iemand buiten te sluiten?", "wat had ik beter kunnen doen?", "waar begin ik?",
/// "tips?", "how do we change that?"; not with a possessive there ("hoe krijg ik mijn geld terug?": the asker's own matter).
/// </summary>
/// <remarks>
/// The sentence that asks is read as <see cref="QuestionPart"/> finds it: the sentences that end in a question mark, else the last
/// one. An e-mail to colleagues tells the situation first (who writes, the caller, the incident, the plan) and then asks how to
/// handle it in words of no topic of their own, which is the advice a tip library gives; a question for a fact, a rule or a service
/// asks "hoeveel", "welke", "wanneer", "mag dat", "kunnen jullie ...", not how to act (<see cref="AnswerJudge"/>, docs/eval.md,
/// h/long4). The forms are general Dutch and English: "hoe" with a finite verb before a person ("hoe pak ik", "hoe kunnen we",
/// "hoe doe je", "hoe hebben anderen"; "hoe lang moet ik" and "hoe wordt ... berekend" are not), a request for tips, advice, ideas or
/// suggestions, "wat kan/moet/had ik (...) doen/beter/anders", "waar begin ik" / "waar moet ik beginnen", and English "how do/can/
/// should I/we/you", "how to", "any tips/pointers/advice/ideas/suggestions".
/// </remarks>
public static partial class HowToAct
{
    public static bool IsAskedIn(string question)
    {
        var asking = QuestionPart.AskingSentences(question);
        return Form().IsMatch(asking) && !Possessive().IsMatch(asking);
    }

    private const string Person = @"(ik|we|wij|je|jij|jullie|u|men|anderen)";

    [GeneratedRegex(
        @"\bhoe\s+\w+\s+" + Person + @"\b"
        + @"|\btips?\b|\badvies\b|\bidee[eë]n\b|\bsuggesties\b"
        + @"|\bwat\s+(had|heb|kan|kun|moet|zou|kunnen|moeten|zouden)\s+" + Person + @"\b[^?.!]*\b(doen|beter|anders)\b"
        + @"|\bwaar\s+(begin\s+" + Person + @"|(moet|moeten|kan|kun|kunnen|zou|zouden)\s+" + Person + @"\s+(\w+\s+)?beginnen)\b"
        + @"|\bhow\s+(do|can|should|could|would|might)\s+(i|we|you)\b|\bhow\s+to\b|\b(pointers|advice|ideas|suggestions)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();

    [GeneratedRegex(@"\b(mijn|m'n|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
