using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question names the asker's own family or neighbour ("mijn vader", "m'n buurman", "my mother") without the
/// asker's organisation (<see cref="FirstPersonPlural"/>): "wat moet ik regelen na overlijden van mijn partner", "klacht over
/// mijn buurman die te veel lawaai maakt".
/// </summary>
/// <remarks>
/// A civil servant asks about residents, colleagues and the work, not about their own family: a question about the asker's
/// relatives or neighbours is a resident's own matter (a benefit, a tax, a deed, a complaint), which a tip library names
/// without answering, so <see cref="AnswerJudge"/> refuses it in any form, as <see cref="OwnMatterYesNo"/> did in a yes/no
/// question. With the organisation named ("mijn moeder snapt onze brieven niet") the relative is the reader of the work, so
/// the question is left to the judge.
/// </remarks>
public static partial class OwnFamily
{
    public static bool IsIn(string question) => Named(question) && !FirstPersonPlural.IsIn(question);

    /// <summary>Whether <paramref name="question"/> names the asker's own relative or neighbour, whatever else it names.</summary>
    public static bool Named(string question) => Relative().IsMatch(question);

    [GeneratedRegex(@"\b((mijn|m'n)\s+(man|vrouw|partner|ex|kind|kinderen|zoon|dochter|moeder|vader|ouders|oma|opa|broer|zus|buurman|buurvrouw)|my\s+(husband|wife|partner|ex|child|children|kid|kids|son|daughter|mother|mum|mom|father|dad|parents|grandmother|grandfather|brother|sister|neighbour|neighbor))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
