using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question is a resident's yes/no question about the asker's own thing: "mag ik mijn verhuizing later
/// doorgeven", "moet ik mijn afvalpas inleveren als ik verhuis", "kan ik mijn uitkering houden als ik ga scheiden": the
/// possessive is the object of the first verb ("mag ik mijn ...").
/// </summary>
/// <remarks>
/// Such a question asks for a rule of a service about the asker's own move, pass, benefit or payment plan, which a tip
/// library names without giving, so <see cref="AnswerJudge"/> refuses it. A civil servant's yes/no question is about the
/// work ("mag ik een kind laten tolken aan de balie", <see cref="YesNoAdvice"/>), and a possessive later in it names the
/// people of that work ("moet ik als leidinggevende achter mijn medewerkers blijven staan"), which this form leaves alone; so does it when the
/// possessive names the asker's colleagues, team or organisation ("kan ik mijn team inschrijven voor de workshop", "moet ik
/// mijn leidinggevende inlichten als een beller dreigt"), the asker's letters or texts ("mag ik mijn brief zelf herschrijven
/// naar b1", "kan ik mijn belteam de brief laten lezen"), or residents as the people the asker works for
/// (<see cref="ResidentsAsOthers"/>: "moet ik mijn formulier laten testen door inwoners"): that is the work, not the asker's own matter.
/// The asker may name their role first ("moet ik als gescheiden ouder mijn kind apart inschrijven"; "moet ik als consulent mijn
/// collega's ..." is still the work), and a yes/no question that names the asker's family ("mijn man", "mijn moeder", "mijn
/// kind") anywhere is the asker's own matter too ("mag ik als weduwe het huurcontract van mijn man overnemen"): a civil servant
/// asks about residents, colleagues and the work, not about their own family. So is a yes/no question about what another party
/// may or must do ("mag de deurwaarder mijn auto meenemen", "mag de gemeente mijn uitkering stopzetten als ...") that names the
/// asker's own thing (<see cref="NamesOwnThing"/>): a rule of a service about the asker.
/// </remarks>
public static partial class OwnMatterYesNo
{
    public static bool IsIn(string question) =>
        (Form().IsMatch(question) || YesNo().IsMatch(question) && OwnFamily.Named(question) || OtherParty().IsMatch(question) && OwnThing().IsMatch(question))
        && !ResidentsAsOthers.IsIn(question);

    /// <summary>
    /// Whether <paramref name="question"/> names the asker's own thing: a possessive that names neither the asker's colleagues,
    /// team or organisation nor the asker's letters (<see cref="NotTheWork"/>): "mijn verhuizing", "mijn bedrijf", not "mijn team".
    /// </summary>
    public static bool NamesOwnThing(string question) => OwnThing().IsMatch(question);

    [GeneratedRegex(@"\b(mijn|m'n)\s+" + NotTheWork, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnThing();

    // A yes/no question about what another party may, must or can do: "mag de deurwaarder ...", "moet het uwv ...".
    [GeneratedRegex(@"^\s*(mag|moet|kan|mogen|moeten|kunnen)\s+(de|het)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherParty();

    [GeneratedRegex(YesNoOpening + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesNo();

    // The opening of a yes/no question in the first person: "mag ik", "moet ik", "kan ik", "kun ik", "hoef ik".
    private const string YesNoOpening = @"^\s*(mag|moet|kan|kun|hoef)\s+ik";

    // The possessive as the object of the first verb, after the asker's role if one is named ("als gescheiden ouder"; a
    // preposition ends the role: "als leidinggevende achter mijn medewerkers" names the people of the work).
    [GeneratedRegex(YesNoOpening + @"\s+(als\s+((?!(achter|voor|bij|met|naar|over|op|in|aan|van|tegen|onder|tussen)\b)[\w'-]+\s+){1,3})?(mijn|m'n)\s+" + NotTheWork, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();

    /// <summary>
    /// A look-ahead after "mijn": the possessive does not name the asker's colleagues, team, organisation, letters or role (the work).
    /// </summary>
    internal const string NotTheWork = @"(?!(" + PeopleOfTheWork + @"|brief|brieven|tekst|teksten|rol)\b)";

    /// <summary>The asker's colleagues, team, managers, administrators and organisation: the people a civil servant works with.</summary>
    internal const string PeopleOfTheWork = @"\w*team|\w*teams|collega|collega's|collegas|medewerker|medewerkers|leidinggevende|manager|teamleider|afdeling|directeur|wethouder|organisatie";
}
