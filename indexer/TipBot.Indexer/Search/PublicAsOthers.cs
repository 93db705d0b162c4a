using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question names the people a public service serves, in the plural, as others ("inwoners", "klanten", "bellers",
/// "ondernemers", "ouders", "nabestaanden", "mensen"; English "residents", "customers", "people"): a civil servant telling how
/// the public behaves or fares ("inwoners typen steeds hun adres opnieuw in", "klanten aan de balie die woedend zijn over hun
/// rekening"), the situation a tip advises on.
/// </summary>
/// <remarks>
/// The words are the public of a government service written from general vocabulary (residents, citizens, customers, callers,
/// visitors, applicants, businesses, parents, young and elderly people, clients, participants, tenants, the bereaved, families,
/// households, job seekers, newcomers, informal carers, users, stakeholders, victims, patients, students, travellers,
/// employers, benefit recipients), in the plural: in the singular a resident names themself ("mag ik als inwoner ...", "als
/// ondernemer"). "Mensen" after a possessive ("onze mensen", "mijn mensen") is the asker's own staff, not the public.
/// A resident asking about their own matter says "ik" and "mijn" and names the service; on the 48 open sets of 2026-11-28
/// 676 answerable questions name the public this way against 11 `NONE` questions: facts (a percentage, a waiting time, an
/// application: <see cref="FactQuestion"/>), residents' own questions in the first person, long e-mails and one foundation asking
/// for a subsidy (docs/eval.md, h/refuse6).
/// </remarks>
public static partial class PublicAsOthers
{
    public static bool IsIn(string question) => PublicNamed().IsMatch(question);

    [GeneratedRegex(@"\b(inwoners|bewoners|omwonenden|burgers|klanten|bellers|bezoekers|aanvragers|ondernemers|ouders|jongeren|ouderen"
        + @"|cli[eë]nten|deelnemers|huurders|nabestaanden|gezinnen|huishoudens|werkzoekenden|statushouders|nieuwkomers|mantelzorgers"
        + @"|gebruikers|belanghebbenden|gedupeerden|slachtoffers|pati[eë]nten|studenten|reizigers|werkgevers|uitkeringsgerechtigden"
        + @"|(?<!\b(onze|ons|mijn|m'n|our|my)\s+)mensen"
        + @"|residents|citizens|customers|callers|visitors|applicants|businesses|parents|clients|tenants|families|households|users"
        + @"|patients|students|travellers|employers|(?<!\b(our|my)\s+)people)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicNamed();
}
