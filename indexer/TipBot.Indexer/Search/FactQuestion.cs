using System.Buffers;
using System.Text.RegularExpressions;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// A question for a fact or for a resident's own procedure rather than for advice is answered only by a document that
/// gives it: a price or opening time ("wat kost een paspoort", "openingstijden van het stadhuis"), a date ("wanneer
/// gaat de wet in", "wanneer begint de aanleg van de weg"), how long a procedure takes, a career step or pay ("hoe word ik zelf tolk",
/// "vacature", "wat verdient een tolk"), the difference
/// between two things, an entitlement ("heb ik recht op", "kan ik uitstel krijgen"), or how to apply for, submit, object to or report something
/// ("hoe vraag ik ... aan", "mag ik bezwaar maken", "hoe dien ik een klacht in", "how do I register", and without a pronoun: "paspoort aanvragen voor
/// mijn kind", "hoe vraagt een 18-jarige zorgtoeslag aan"), contact details ("telefoonnummer van ...", "welk nummer bel ik",
/// "wat is het adres van ...", "mailadres van ..."), an amount someone receives ("hoeveel subsidie krijgt ..."), what a resident
/// needs ("heb ik een vergunning nodig voor ..."), the asker's own thing lost ("mijn afvalpas is kwijt"), or a closed question for a
/// service's rule: an amount or how long ("hoeveel", "hoe lang", "hoelang"), a limit ("welke inkomensgrens geldt voor ..."), who
/// qualifies ("wie komt in aanmerking") or what to bring ("meenemen"), a deadline named as a noun ("termijn
/// voor bezwaar tegen ...", "uiterste datum ..."), how a resident may pay a bill ("kan ik de aanslag in termijnen betalen"), or
/// whether the asker gets something ("krijg ik huurtoeslag als ik op kamers ga").
/// A yes/no question ("mag ik ...", "moet ik ...") is not one of them: it is as often a request for advice ("moet ik
/// bewoners eerder betrekken bij een plan", "mag ik een brief in de je-vorm schrijven") as for a service's rule.
/// </summary>
/// <remarks>
/// A tip library gives advice to the people who do the work, not tariffs, dates, terms, vacancies or another body's
/// procedure, but its tips name the permits, allowances, laws and services such questions ask about, so by their words
/// alone they look covered. These are general Dutch and English question forms, not words of any library. A document
/// that states the kind of fact asked (a price, "gratis", a month or year, a number of days or weeks, a vacancy, the
/// word "verschil", a phone number, an e-mail address or a postcode) may still answer; a date, a procedure or a duration only when
/// the document is about the whole question
/// (its focus, see <see cref="AnswerJudge"/>), and the same holds for a closed question, unless it is in the first
/// person plural: the organisation asking about its own work. What a resident needs for a service no document answers. An application for a coach or a workshop the library offers
/// is a civil servant's request for it, not a resident's application (<see cref="LibraryOffer"/>). On the evaluation sets
/// every other such question is a NONE row (docs/eval.md). The search reads a long question's forms in its asking part
/// (<see cref="QuestionPart"/>), not in the context that comes before it, and who asks in the whole.
/// </remarks>
public static partial class FactQuestion
{
    /// <summary>False when <paramref name="question"/> asks for a fact that <paramref name="document"/> does not state (focus not judged).</summary>
    public static bool IsAnsweredBy(string question, KnowledgeDocument document) => IsAnsweredBy(question, document, focus: 1, minProcedureFocus: 0);

    /// <summary>
    /// False when <paramref name="question"/> asks for a fact <paramref name="document"/> does not state, or for a procedure, a
    /// duration or a service's rule (a closed question) while the document's <paramref name="focus"/> on the question is below
    /// <paramref name="minProcedureFocus"/>.
    /// </summary>
    /// <param name="asksForLibraryOffer">
    /// Whether the question asks for a coach or a workshop the best document is about (<see cref="LibraryOffer"/>); asked only
    /// when an application or procedure form matches. Null: it does not.
    /// </param>
    /// <param name="asker">
    /// The whole question when <paramref name="question"/> is a long question's asking part (<see cref="QuestionPart"/>): who asks is
    /// told in the context ("namens ons team van zes adviseurs: ... bieden jullie zoiets aan en voor hoeveel mensen?"), so the forms'
    /// readings of the asker (the first person plural, a number of the work, residents named as the people of the work) read it
    /// there; what is asked is read in the part. Null: the question itself.
    /// </param>
    public static bool IsAnsweredBy(string question, KnowledgeDocument document, double focus, double minProcedureFocus, Func<bool>? asksForLibraryOffer = null,
        string? asker = null)
    {
        var q = question.ToLowerInvariant();
        if (!MayAskLowered(q)) return true;
        var who = asker is null ? q : asker.ToLowerInvariant();
        foreach (var form in All)
        {
            if (!form.Asks.IsMatch(q)) continue;
            if (form.PluralIsAdvice && (FirstPersonPlural.IsIn(who) || NumberOfTheWork.IsIn(who))) continue;
            if (form.ResidentsNamedIsAdvice && ResidentsAsOthers.IsIn(who)) continue;
            if (form.OfferIsRequest && asksForLibraryOffer?.Invoke() == true) continue;
            if (form.StatedByNone || form.OwnThingIsNone && OwnMatterYesNo.NamesOwnThing(q)) return false;
            if (form.NeedsFocus && focus < minProcedureFocus) return false;
            if (form.States is { } fact && !(fact.IsMatch(document.Title) || fact.IsMatch(document.Summary) || fact.IsMatch(document.Body))) return false;
        }
        return true;
    }

    /// <summary>
    /// One question form: how a question asks it, what a document must state to answer it (null: nothing in particular),
    /// whether the document must also be about nearly all of the question (a procedure, a duration), and whether the form
    /// asks for advice instead when the question is in the first person plural (<see cref="PluralIsAdvice"/>). Phrasings that
    /// share one rule are one form, their patterns joined (a sum of money, a resident's procedure, a service's rule): a question
    /// must pass the rule of every form it matches, so two forms with the same rule would only check it twice.
    /// </summary>
    /// <param name="PluralIsAdvice">
    /// "Hoe lang van tevoren sturen we de uitnodiging", "hoeveel lezers hebben we nodig": the organisation asking about its
    /// own work, which is what a tip advises on, not a resident asking for a rule of a service; so is a number the asker sets in
    /// the work (<see cref="NumberOfTheWork"/>: "hoeveel tijd moet ik nemen voor een keukentafelgesprek").
    /// </param>
    /// <param name="OfferIsRequest">
    /// "Interactiecoach aanvragen voor ons team", "workshop leefwereld aanvragen": an application for a coach or a workshop
    /// the library offers (<see cref="LibraryOffer"/>) is a civil servant's request for it, which the document about it answers;
    /// so is a closed question about the offer ("hoe lang duurt de workshop ...", "hoeveel collega's kunnen meedoen"): the
    /// library states its own offers' length, group size and audience, while its tips give no service's rule.
    /// </param>
    /// <param name="StatedByNone">
    /// No document of a tip library answers the form, whatever it states or is about (what a resident needs for a service),
    /// unless it asks for the library's own offer (<see cref="OfferIsRequest"/>).
    /// </param>
    /// <param name="ResidentsNamedIsAdvice">
    /// "Tot wanneer kan ik bewoners laten meepraten", "hoe lang van tevoren informeer ik omwonenden", "hoeveel inwoners moet
    /// ik spreken voor een klantreis": a civil servant who names residents as the people of the work (<see cref="ResidentsAsOthers"/>)
    /// asks about that work, not for a rule of a service.
    /// </param>
    /// <param name="OwnThingIsNone">
    /// "Hoe geef ik mijn verhuizing door", "hoe vraag ik eherkenning aan voor mijn bedrijf": the form asked for the asker's own
    /// thing (<see cref="OwnMatterYesNo.NamesOwnThing"/>; not the asker's team or letters) is a resident's own procedure, which no
    /// document answers however much it is about it, unless it asks for the library's own offer.
    /// </param>
    private sealed record Form(Regex Asks, Regex? States, bool NeedsFocus, bool PluralIsAdvice = false, bool OfferIsRequest = false, bool StatedByNone = false,
        bool ResidentsNamedIsAdvice = false, bool OwnThingIsNone = false);

    private static readonly Form[] All =
    [
        new(AsksSum(), StatesPrice(), NeedsFocus: false),
        new(AsksOpeningTime(), StatesOpeningTime(), NeedsFocus: false),
        new(AsksMoment(), StatesMoment(), NeedsFocus: true, ResidentsNamedIsAdvice: true),
        new(AsksCareer(), StatesCareer(), NeedsFocus: false),
        new(AsksDifference(), StatesDifference(), NeedsFocus: false),
        new(AsksEntitlement(), StatesEntitlement(), NeedsFocus: false, OfferIsRequest: true, ResidentsNamedIsAdvice: true),
        new(AsksDuration(), StatesDuration(), NeedsFocus: true, OfferIsRequest: true, ResidentsNamedIsAdvice: true),
        new(AsksProcedure(), States: null, NeedsFocus: true, OfferIsRequest: true, OwnThingIsNone: true),
        new(AsksServiceRule(), States: null, NeedsFocus: true, PluralIsAdvice: true, OfferIsRequest: true, ResidentsNamedIsAdvice: true),
        new(AsksContact(), StatesContact(), NeedsFocus: false),
        new(AsksNeed(), States: null, NeedsFocus: false, OfferIsRequest: true, StatedByNone: true),
        new(AsksPaymentTerms(), States: null, NeedsFocus: false, OfferIsRequest: true, StatedByNone: true, ResidentsNamedIsAdvice: true),
        new(AsksWhyOwnMatter(), States: null, NeedsFocus: false, StatedByNone: true, ResidentsNamedIsAdvice: true),
        new(AsksLostOwnThing(), States: null, NeedsFocus: false, StatedByNone: true, ResidentsNamedIsAdvice: true),
    ];

    // A sum of money of a service: what something costs ("wat kost een paspoort", "hoe hoog is de leges") or what someone
    // receives (AmountReceived), which only a document stating a price or a sum answers. English "how much" is a price with a
    // word of paying in the question ("how much does a passport cost"), as Dutch "hoeveel" is with "kost" or "betaal"; alone
    // it is an amount ("how much influence", the service rule's Amount), as "hoeveel" alone is.
    [GeneratedRegex(Price + "|" + AmountReceived)]
    private static partial Regex AsksSum();

    private const string Price = @"\b(hoeveel\s+(kost|kosten|bedraagt|betaal|betaalt)|wat\s+(kost|kosten)|wat\s+(moet|moeten)\s+(ik|je|jij|we|wij|u)\s+(betalen|neertellen)|wat\s+(betaal|betaalt|betalen)\s+(ik|je|jij|we|wij|u)\b|hoe\s+(hoog|duur)\s+(is|zijn|wordt|worden)|tarie(f|ven)|prijs|prijzen|how\s+much\b.*\b(costs?|pay|pays|paid|charged?)|what\s+(does|do|is|are)\b.*\bcosts?|price|prices|fees?)\b";

    /// <summary>The question forms, in the order <see cref="IsAnsweredBy(string, KnowledgeDocument, double, double)"/> tries them.</summary>
    internal static IReadOnlyList<Regex> Forms => [.. All.Select(f => f.Asks)];

    /// <summary>
    /// Words (or parts of words) of which every match of every form holds one; a question with none of them skips the forms.
    /// A test proves that each branch of each form needs one of them (FactQuestionGateTests), so a new branch cannot be left out.
    /// </summary>
    internal static readonly string[] TriggerWords =
    [
        "kost", "betaal", "betalen", "neertellen", "hoog", "duur", "tarie", "prijs", "prijzen", "much", "cost", "price", "fee",
        "opening", "laat", "time", "wanneer", "datum", "dag", "when", "lang", "hoeveel", "long", "termijn",
        "word", "vacature", "sollicit", "salaris", "opleiding", "become", "verschil", "difference",
        "recht", "aanmerking", "entitled", "eligible", "vraag", "vragen", "aanvragen", "opvragen", "geef", "bezwaar", "waar", "dien",
        "apply", "register", "renew",
        "many", "wie", "mee",
        "nummer", "phone", "adres", "address", "nodig", "papieren", "documenten", "bewijsstukken",
        "deadline", "aangifte", "krijg", "vul", "waarom",
        "verleng", "verdien", "norm", "grens", "criteri", "bedrag", "inkomen", "maxim", "minim", "kwijt", "vergeten", "verloren", "gestolen",
    ];

    private static readonly SearchValues<string> Triggers = SearchValues.Create(TriggerWords, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="question"/> holds a word one of the forms needs (<see cref="TriggerWords"/>); without one, every
    /// document answers it, and so every document answers any part of it.
    /// </summary>
    internal static bool MayAsk(string question) => MayAskLowered(question.ToLowerInvariant());

    // Most questions hold none of the words these forms need: one vectorised search instead of a regular expression per form.
    private static bool MayAskLowered(string q) => q.AsSpan().ContainsAny(Triggers);

    // "Het bedrag" names an amount without stating one ("zet het bedrag bovenaan"): a price is a sum, a tariff, or free.
    [GeneratedRegex(@"(€|\beuro|\bgratis\b|\bkosteloos\b|\btarie(f|ven)\b|\bprijs\b|\bfree of charge\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesPrice();

    [GeneratedRegex(@"\b(openingstijd(en)?|hoe\s+laat\s+(is|zijn|gaat|gaan)|opening\s+(hours|times)|what\s+time\s+(is|are|does|do))\b")]
    private static partial Regex AsksOpeningTime();

    [GeneratedRegex(@"(\bopeningstijden\b|\bgeopend\b|\bopen\s+van\b|\b\d{1,2}[.:]\d{2}\s*uur\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesOpeningTime();

    // "Wanneer" for a moment ("wanneer is de dag van ...", "wanneer gaat de wet in", "vanaf wanneer"), not for a condition or
    // a stage ("wanneer moet ik een tolk inzetten", "wanneer is het verstandig om ...", "wanneer gaat het mis", "wanneer
    // begint participatie": at which step, which a tip may well answer). A definite thing that begins or comes ("wanneer begint de
    // aanleg van de provinciale weg", "wanneer komt de aanslag van het waterschap") is a moment of a project or a service; asked of
    // something general ("wanneer begint de participatie bij een plan", "wanneer start het gesprek met iemand", "... als je ..."),
    // it asks for the stage again.
    [GeneratedRegex(@"\b(wanneer\s+(is|zijn)\s+(de|het|mijn|onze|ons|uw|jullie)\s+(?!(verstandig|nodig|beter|handig|tijd|goed|slim|zinvol|nuttig)\b)|wanneer\s+(wordt|worden|eindigt|opent|sluit|verloopt|krijg\s+ik|ontvang\s+ik|krijgen\s+(we|wij)|ontvangen\s+(we|wij))\b|wanneer\s+(begint|beginnen|start|starten|komt|komen)\s+(de|het)\s+(?!.*\b(een|iemand|je)\b)|wanneer\s+(gaat|gaan)\s+([\w'-]+\s+){1,7}(in|open|dicht)\b|(per|vanaf|tot)\s+wanneer\b|welke\s+datum|op\s+welke\s+dag|when\s+(is|are|will|does|do)\b)")]
    private static partial Regex AsksMoment();

    [GeneratedRegex(@"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(19|20)\d\d|\d{1,2}-\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesMoment();

    [GeneratedRegex(@"\b(hoe\s*lang\s+(duurt|duren|heeft|hebben)|binnen\s+hoeveel\s+(dagen|weken|maanden)|how\s+long\s+(does|will|do|is)|wat\s+is\s+de\s+wettelijke\s+\w*termijn)\b")]
    private static partial Regex AsksDuration();

    [GeneratedRegex(@"\b(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+(minuten|uur|dagen|werkdagen|weken|maanden|jaar)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesDuration();

    // A career step or the pay of a job ("hoe word ik zelf tolk", "vacature tolk", "wat verdient een tolk"), which only a document
    // about vacancies or pay answers; not what deserves something ("wat verdient de voorkeur": no person follows).
    [GeneratedRegex(@"\b(hoe\s+word\s+(ik|je)\s+zelf|wat\s+verdien(t|en)\s+(een|je|jij|u)\b|vacatures?|solliciteer\w*|sollicitatie\w*|solliciteren|salarisschaal|welke\s+opleiding\s+([\w'-]+\s+){0,6}(te\s+)?worden|opleiding\s+tot|how\s+(do|can)\s+i\s+become\s+an?\s+(?!(better|good|great|more|less)\b)\w+)\b")]
    private static partial Regex AsksCareer();

    [GeneratedRegex(@"\b(vacature|sollicit|salaris|opleiding\s+tot)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesCareer();

    [GeneratedRegex(@"\b(verschil\s+tussen|difference\s+between)\b")]
    private static partial Regex AsksDifference();

    [GeneratedRegex(@"\bverschil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesDifference();

    // An entitlement: "heb ik recht op", "kom ik in aanmerking", "kan ik (als zzp'er) uitstel krijgen" (the asker's role may come
    // first, as in OwnMatterYesNo), or whether the asker gets something (WhetherReceived). Only a document stating one answers,
    // unless it asks for the library's own offer or names residents as the people of the work.
    [GeneratedRegex(@"\b(heb\s+ik\s+recht|kom\s+ik\s+in\s+aanmerking|(kan|mag)\s+ik\s+(als\s+[\w'-]+\s+)?([\w'-]+\s+){1,5}krijgen|am\s+i\s+(entitled|eligible))\b|" + WhetherReceived)]
    private static partial Regex AsksEntitlement();

    [GeneratedRegex(@"\b(recht\s+op|in\s+aanmerking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatesEntitlement();

    // A resident's own application, objection, submission or report, with a pronoun (OwnProcedure) or without (Application).
    [GeneratedRegex(OwnProcedure + "|" + Application)]
    private static partial Regex AsksProcedure();

    // A resident's own application, objection, submission or report ("hoe vraag ik een paspoort aan", a team's in the plural's own verb: "hoe vragen we een parkeerplaats aan", "... aan als ambtenaar", "kan ik dat online aanvragen",
    // "mag ik bezwaar maken", "hoe dien ik een klacht in", "klacht indienen over ...", "hoe geef ik mijn verhuizing door", a report to
    // another body: "hoe doe ik aangifte bij de politie", filling in one's own form: "hoe vul ik mijn aanvraag studiefinanciering
    // in", requesting one's own record: "hoe vraag ik mijn dossier op", "kan ik de opname opvragen", renewing one's own permit or
    // document: "hoe verleng ik mijn verblijfsvergunning"), not asking someone something ("hoe vraag ik aan inwoners
    // wat ze vinden": "aan" there is followed by whom) nor "bij wie kan ik terecht als een casus vastloopt" (a colleague).
    // "Waar kan ik ... aanvragen" is the modal branch's.
    private const string OwnProcedure = @"(\bvraag\s+(ik|je|we|wij|u)" + ApplyParticle + @"|\bvragen\s+(we|wij)" + ApplyParticle + @"|\b(kan|moet|mag|wil)\s+(ik|je|we|wij|u)\s+([\w'-]+\s+){0,7}aanvragen\b|\bvraag\s+(ik|je|u)\s+([\w'-]+\s+){1,5}op(\s*$|\s*[?.!,]|\s+(bij|via)\b)|\b(kan|moet|mag|wil)\s+(ik|je|u)\s+([\w'-]+\s+){0,7}opvragen\b|\bhoe\s+verleng\s+(ik|je|u)\b|\b(hoe|waar)\s+geef\s+(ik|je|we|wij|u)\s+([\w'-]+\s+){1,4}door\b|\bhoe\s+maak\s+(ik|je|we|wij|u)\s+bezwaar\b|\bhoe\s+doe\s+(ik|je|we|wij|u)\s+aangifte\b|\bhoe\s+vul\s+(ik|je|u)\s+(mijn|m'n|uw)\s+([\w'-]+\s+){1,4}in\b|\b(mag|kan)\s+(ik|je|we|wij|u)\s+bezwaar\s+maken\b|\b(hoe|waar)\s+dien\s+(ik|je|we|wij|u)\s+([\w'-]+\s+){1,5}in\b|\b(mag|kan|moet)\s+(ik|je|we|wij|u)\s+([\w'-]+\s+){0,4}indienen\b|^\s*([\w'-]+\s+){1,4}indienen\b|\bhow\s+(do|can)\s+i\s+(apply|register|renew)\b)";

    // What follows "vraag ik" / "vragen we" in an application: the thing applied for, then the particle "aan" at the end, before a
    // mark, or before where, for what or as whom ("... aan bij de gemeente", "... aan als ambtenaar"); not "aan" followed by whom.
    private const string ApplyParticle = @"\s+([\w'-]+\s+){1,5}aan(\s*$|\s*[?.!,]|\s+(bij|voor|via|in|op|als)\b)";

    // A closed question asks for a rule of a service (an amount, how long, who qualifies, what to bring, a deadline) rather
    // than for advice; a tip names the service without giving its rule, so only a document about nearly all of the question
    // may answer (docs/eval.md, "closed questions").
    [GeneratedRegex(Amount + "|" + Limit + "|" + Eligibility + "|" + WhatToBring + "|" + Deadline)]
    private static partial Regex AsksServiceRule();

    // "Hoe lang mag een gesprek duren" asks for a norm of the work, not for a rule, and is left to the judge.
    private const string Amount = @"\b(hoeveel|hoe\s*lang(?!\s+(mag|mogen|moet|moeten|kan|kunnen)\b)|how\s+(much|many|long))\b";

    // A limit of a service's rule, asked as a fact: "wat is de geluidsnorm voor ...", "wat is het maximale bedrag ...", "welke
    // inkomensgrens geldt voor ...", "welk inkomen moet een aanvrager hebben", "tot welk inkomen krijg je ...", or a sum or a term
    // opened by the limit ("maximale looptijd van een regeling", "minimum bedrag"). A norm, a limit or a criterion of something
    // (a compound: "inkomensgrens", "bijstandsnorm", "salariscriterium") or a sum is what a service sets and states; a tip names it
    // without giving it. A norm or a limit of the work itself is asked without the compound ("welke norm geldt voor een duidelijke
    // brief", "tot welke grens ga je mee in een gesprek", "maximale lengte van een brief") and left to the judge.
    private const string Limit = @"\bwat\s+is\s+(de|het)\s+([\w'-]+\s+){0,3}?([\w-]+(norm|grens|criterium)|[\w-]*bedrag)\b|\bwelke?\s+([\w-]+(norm|grens)|[\w-]*(inkomen|bedrag))\s+(geldt|gelden|moet|moeten|hoort|horen)\b|\btot\s+welke?\s+([\w-]*(inkomen|bedrag)|[\w-]+grens)\b|^\s*(maximum|maximale|minimum|minimale)\s+[\w-]*(bedrag|looptijd|inkomen|huur|vergoeding|uitkering)\b";

    private const string Eligibility = @"\b(in\s+aanmerking|wie\s+(komt|krijgt|mag))\b";

    // What a resident brings ("moet ik een pasfoto meenemen", "welke papieren moet ik meenemen"), not a person of the work taken
    // along ("moet ik de wethouder meenemen naar een bewonersavond": advice on the work, OwnMatterYesNo.PeopleOfTheWork) nor
    // residents taken along in a plan ("dijkversterking bewoners meenemen": involving them, ResidentsAsOthers.People).
    private const string WhatToBring = @"(?<!\b(" + OwnMatterYesNo.PeopleOfTheWork + "|" + ResidentsAsOthers.People + @")\s+([\w'-]+\s+)?)\b(meenemen|meebrengen|mee\s+(nemen|brengen))\b";

    // Contact details are a fact of a service, not advice: "wat is het telefoonnummer van ...", "welk nummer bel ik voor ...", a
    // question that starts with the word ("telefoonnummer nationale ombudsman", "mailadres van de projectmanager"), "wat is het
    // adres van ..."; not a tip's advice to put one somewhere ("moet ik een telefoonnummer onder een brief zetten", "welk
    // telefoonnummer zet ik onder een brief", "inwoners typen steeds hun adres opnieuw in").
    [GeneratedRegex(@"(^\s*(telefoonnummers?|(e-?)?mail\s?adres(sen)?)\b|\bwat\s+is\s+(het|de)\s+(telefoon|e-?mail|mail|post|bezoek)?(nummer|adres)\b|\bwelk\s+(telefoon)?nummer\b(?!\s+(zet|noem|vermeld|gebruik)\s+(ik|je|we|wij)\b)|\b(telefoonnummers?|(e-?)?mail\s?adres(sen)?)\s+(van|voor)\b|\b(what\s+is\s+the|which)\s+(phone\s+number|e-?mail\s+address|address)\b|\b(phone\s+numbers?|e-?mail\s+address(es)?)\s+(of|for)\b)")]
    private static partial Regex AsksContact();

    // A Dutch phone number (0 and a net number with the subscriber's digits, a free or service number: 0800, 0900, 14 0xx, or
    // +31), an e-mail address or a postcode.
    [GeneratedRegex(@"(\+31|\b0\d{2,3}[\s-]?\d{2,3}[\s-]?\d{2,4}\b|\b14\s?0\d{2,3}\b|[\w.-]+@[\w-]+\.[a-z]{2,}|\b\d{4}\s?[A-Z]{2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex StatesContact();

    // An amount someone receives ("hoeveel subsidie krijgt een dorpshuis", "hoeveel zorgtoeslag krijg ik", "hoeveel geld
    // krijgt het dorp uit het fonds"): a service's sum.
    private const string AmountReceived = @"\bhoeveel\s+([\w'-]+\s+){0,3}(krijg|krijgt|krijgen|ontvang|ontvangt|ontvangen)\b";

    // What a resident needs for a service ("heb ik een vergunning nodig voor een uitrit", "welke papieren heb ik nodig voor een
    // verhuismelding", "welk niveau eherkenning heb ik nodig", the papers to supply: "welke documenten moet ik klaarleggen"); not a number of the work ("hoeveel lezers heb ik nodig om een
    // brief te testen": nothing between "heb ik" and "nodig") nor the organisation's own need ("wat hebben we nodig").
    // Not what the work needs: skills, people or means ("welke vaardigheden heb ik nodig voor een keukentafelgesprek", "welke
    // mensen heb ik nodig voor een klantreis"), which a tip advises on; no word between "heb ik" (or "welke") and "nodig" is one.
    [GeneratedRegex(@"(\bheb\s+ik\s+(" + NotWhatTheWorkNeeds + @"[\w'-]+\s+){1,4}nodig\b|\bwelke?\s+(" + NotWhatTheWorkNeeds + @"[\w'-]+\s+){1,2}heb\s+ik\s+nodig\b|\bwelke\s+(papieren|documenten|bewijsstukken)\s+moet\s+(ik|je|u)\b)")]
    private static partial Regex AsksNeed();

    private const string NotWhatTheWorkNeeds = @"(?!(vaardigheden|vaardigheid|kennis|mensen|collega's|collegas|deelnemers|tools|middelen|materiaal|materialen|budget|tijd)\b)";

    // A resident's application asked without "ik"/"je" and a modal verb (those are OwnProcedure): how someone applies ("hoe
    // vraagt een 18-jarige zorgtoeslag aan"), or the thing to apply for followed by the verb within the first six words
    // ("paspoort aanvragen voor mijn kind", "subsidie voor zonnepanelen aanvragen", renewing it: "paspoort verlengen"). Not "aanvragen" as a noun ("de
    // aanvragen", "met online aanvragen"), nor a described situation in which someone applies ("ouderen die een toeslag
    // aanvragen lopen vast", "ondernemers blijven papieren aanvragen sturen", "ondernemers willen op papier aanvragen"): a pronoun,
    // a relative, "met" or a finite verb of the people it is about (they keep, go, want or try to apply) before the verb leaves
    // the question to the judge.
    private const string Application = @"(\bhoe\s+vraagt\s+([\w'-]+\s+){1,5}aan(\s*$|\s*[?.!,]|\s+(bij|voor|via|in|op)\b)|^\s*((?!(die|dat|ze|zij|hij|ik|je|jij|we|wij|u|met|blijven|blijft|gaan|gaat|willen|wil|proberen|probeert)\b)[\w'-]+\s+){1,5}(?<!\b(de|het|een|veel|alle|uw|hun|zijn|haar|deze|onze|online|digitale|papieren|nieuwe)\s+)(aanvragen|verlengen)\b)";

    // A deadline of a service named as a noun ("termijn voor bezwaar tegen een afwijzing", "uiterste datum aanslag betalen",
    // "deadline subsidieaanvraag"). Not a term of the work asked in a sentence ("binnen welke termijn laat ik bewoners weten
    // ...", "hoe zet ik de uiterste datum bovenaan een brief"): the noun must open the question.
    private const string Deadline = @"^\s*(uiterste\s+(datum|termijn|dag)|termijn|deadline)\b";

    // How a resident may pay a bill ("kan ik de aanslag in termijnen betalen", "mag ik de rekening later betalen", "moet ik zelf
    // betalen voor een tolk bij de huisarts", "in hoeveel termijnen mag ik ... betalen", or without a payer: "moet er rente betaald
    // worden over een betalingsregeling"): the asker is the payer and asks for a
    // service's rule, which no tip gives. Paying people for their time is the work ("moet ik deelnemers van een ontwerpsessie
    // betalen": no way of paying is asked), and so is the price of the library's own offer (OfferIsRequest).
    [GeneratedRegex(@"(\b(mag|kan|moet|hoef|kun)\s+(ik|je|u)\s+([\w'-]+\s+){0,6}(in\s+(termijnen|delen|gedeelten)|later|achteraf|gespreid|zelf)\s+(terug)?betalen\b|\bin\s+hoeveel\s+(termijnen|delen)\s+(mag|kan|moet)\s+(ik|je|u)\b|\b(moet|moeten)\s+er\s+([\w'-]+\s+){1,4}(terug)?betaald\s+worden\b)")]
    private static partial Regex AsksPaymentTerms();

    // A resident's yes/no question whether they get something ("krijg ik studiefinanciering als ik 18 word", "krijg ik korting op
    // mijn energierekening als ...", "krijg ik huurtoeslag als ik op kamers ga"): an entitlement, which only a document stating
    // one answers. Not the effect of an action of the work ("krijg ik meer reacties als ik bewoners persoonlijk uitnodig": a
    // comparative follows), nor the library's own offer ("krijg ik een interactiecoach als ...", OfferIsRequest).
    private const string WhetherReceived = @"^\s*krijg\s+(ik|je|u)\s+(?!(meer|minder|beter|betere|sneller|snellere|eerder|vaker)\b)";

    // Why something happened to the asker's own thing ("waarom is mijn zorgtoeslag stopgezet", "waarom wordt mijn uitkering
    // gekort"): a resident's own case, which no tip answers. Not the asker's letter, team or colleagues (the work: "waarom is mijn
    // brief nog onduidelijk", OwnMatterYesNo.NotTheWork), nor residents named as the people of the work.
    [GeneratedRegex(@"^\s*waarom\s+(is|wordt|werd|zijn|worden|werden)\s+(mijn|m'n)\s+" + OwnMatterYesNo.NotTheWork)]
    private static partial Regex AsksWhyOwnMatter();

    // The asker's own thing lost, forgotten or stolen, told as the thing's state ("mijn afvalpas is kwijt, hoe krijg ik een nieuwe",
    // "mijn fiets is gestolen") or ending the question ("wachtwoord van mijn laptop vergeten", "ik ben mijn pas verloren"): a
    // resident's or an employee's own matter for a service desk, which no tip answers. Not the asker losing a feeling of the work
    // ("ik raak mijn geduld kwijt bij ...", "ik ben mijn motivatie kwijt": "kwijt" after the asker), nor the asker's team,
    // colleagues or letters (OwnMatterYesNo.NotTheWork), nor residents named as the people of the work.
    [GeneratedRegex(@"\b(mijn|m'n)\s+" + OwnMatterYesNo.NotTheWork + @"([\w'-]+\s+){0,2}((is|zijn)\s+(kwijt|kwijtgeraakt|verloren|gestolen)\b|(vergeten|verloren|gestolen)\s*[?.!]?\s*$)")]
    private static partial Regex AsksLostOwnThing();
}
