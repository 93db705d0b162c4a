using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question names residents, citizens or customers as other people ("inwoners", "bewoners", "omwonenden",
/// "burgers", "klanten", "bellers"; English "residents", "citizens", "customers"): the asker works for them.
/// </summary>
/// <remarks>
/// "Tot wanneer kan ik bewoners laten meepraten over een dijkversterking", "moet ik mijn formulier eerst laten testen door
/// inwoners", "hoe lang van tevoren informeer ik omwonenden": a civil servant asking about the work a tip advises on, not a
/// resident asking for a rule of a service about their own matter, who says "ik" and "mijn" and names the service
/// ("wanneer krijg ik mijn zorgtoeslag"). Like <see cref="FirstPersonPlural"/>, <see cref="FactQuestion"/> leaves its
/// closed questions to the judge then, and <see cref="OwnMatterYesNo"/> does not refuse.
/// </remarks>
public static partial class ResidentsAsOthers
{
    public static bool IsIn(string question) => PeopleNamed().IsMatch(question) && Asker().IsMatch(question);

    /// <summary>The words for residents, citizens and customers as other people (alternatives of a regular expression).</summary>
    internal const string People = "inwoners|bewoners|omwonenden|burgers|klanten|bellers|residents|citizens|customers";

    [GeneratedRegex(@"\b(" + People + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeopleNamed();

    [GeneratedRegex(@"\b(ik|je|jij|we|wij|" + FirstPerson.EnglishI + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asker();
}
