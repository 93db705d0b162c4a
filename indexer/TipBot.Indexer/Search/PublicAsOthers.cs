using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question names the people a public service serves, in the plural, as others ("inwoners", "klanten", "bellers",
/// "ondernemers", "ouders", "nabestaanden", "mensen"; English "residents", "customers", "people"), and whether it tells their
/// situation rather than asks a question about them (<see cref="IsToldSituation"/>): a civil servant telling how the public
/// behaves or fares ("inwoners typen steeds hun adres opnieuw in", "klanten aan de balie die woedend zijn over hun rekening"),
/// the situation a tip advises on.
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
/// for a subsidy (docs/eval.md, h/refuse6). But a question about the public is as often a resident's or an outsider's question
/// for a rule or a fact put in the third person ("mogen inwoners vuurwerk afsteken", "waar kunnen bezoekers parkeren", "do tenants
/// have to pay the waste levy"), which a tip library does not answer: a probe of twenty such questions on five libraries had 29 of
/// the 100 readings answered at the judge's share for the form. Told as a situation (no question mark, no question word, no verb
/// first) it is the civil servant's: the same probe, 9 (three statements of a situation), and every answerable row the form
/// answers on the open sets is told so.
/// </remarks>
public static partial class PublicAsOthers
{
    public static bool IsIn(string question) => PublicNamed().IsMatch(question);

    /// <summary>The public named as others in a told situation: no question mark, no question word and no finite verb first.</summary>
    public static bool IsToldSituation(string question) => IsIn(question) && !Asked().IsMatch(question) && !VerbFirst().IsMatch(question);

    // A question word anywhere ("ondernemers willen weten hoe ...", "waar kunnen bezoekers ...") or a question mark.
    [GeneratedRegex(@"\?|\b(hoe|wat|wie|waar|wanneer|waarom|welke|welk|hoeveel|hoelang|waarmee|waardoor|waarover|waarvoor|waarop|how|what|who|whom|where|when|why|which)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    // A yes/no question opens with its finite verb: the modal and auxiliary verbs and the common verbs of such a question, Dutch
    // and English ("mogen inwoners ...", "krijgen studenten ...", "klopt het dat ...", "do tenants ...").
    [GeneratedRegex(@"^\W*(mag|mogen|moet|moeten|kan|kun|kunt|kunnen|wil|wilt|willen|zal|zult|zullen|is|zijn|ben|bent|heeft|hebben|heb|hebt|wordt|worden"
        + @"|krijgt|krijgen|gaat|gaan|komt|komen|doet|doen|weet|weten|hoeft|hoeven|zit|zitten|staat|staan|blijft|blijven|klopt|kloppen"
        + @"|do|does|did|can|could|should|would|will|are|was|were|have|has|may|must|shall|might)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"\b(inwoners|bewoners|omwonenden|burgers|klanten|bellers|bezoekers|aanvragers|ondernemers|ouders|jongeren|ouderen"
        + @"|cli[eë]nten|deelnemers|huurders|nabestaanden|gezinnen|huishoudens|werkzoekenden|statushouders|nieuwkomers|mantelzorgers"
        + @"|gebruikers|belanghebbenden|gedupeerden|slachtoffers|pati[eë]nten|studenten|reizigers|werkgevers|uitkeringsgerechtigden"
        + @"|(?<!\b(onze|ons|mijn|m'n|our|my)\s+)mensen"
        + @"|residents|citizens|customers|callers|visitors|applicants|businesses|parents|clients|tenants|families|households|users"
        + @"|patients|students|travellers|employers|(?<!\b(our|my)\s+)people)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicNamed();
}
