using Lucene.Net.Index;

namespace TipBot.Indexer.Search;

/// <summary>
/// Decides whether the best hit honestly answers the question, from three features that are relative to
/// the question and the library, so they carry over to another library (no absolute score floor):
/// <list type="bullet">
/// <item>coverage: the share of the question's weight (idf of its content words) that the best document
/// contains anywhere. An off-topic question ("hondenbelasting") covers little.</item>
/// <item>focus: the same share counted only over the words the document is about (<see cref="TopicalTerms"/>:
/// title, tags, summary, body words used more than once). A question that shares a word with a tip that
/// names it once as an example ("een parkeervergunning aanvragen") is not answered by it.</item>
/// <item>strength: the best document's BM25 score before the coverage re-ranking per unit of question
/// weight, i.e. how much each question word counts in it on average (field boosts and term frequency),
/// not how large BM25 numbers happen to be in this library.</item>
/// </list>
/// The limits were set on tests/eval/queries.tsv and checked on tests/eval/holdout.tsv and tests/eval/fresh.tsv (docs/eval.md).
/// A long question (<see cref="RankingOptions.LongQuestionWords"/>) is also answered when the best document is about
/// enough of its rare words, however many other words the question has: the context of a long question (who is asking,
/// what happened, greetings the small-talk step left) dilutes its coverage, focus and strength, while the weight of the
/// words the document is about does not shrink with it. That weight is counted in units of the rarest possible word of
/// this library (the idf of a word in one document), so it carries over to a library of another size.
/// A long question of more than one sentence that is not the asker's own matter (no first person singular) is also answered when
/// the best document holds most of its asking part (<see cref="QuestionPart"/>: the sentences with the question mark, else the
/// last; <see cref="RankingOptions.MinAskingPartCoverage"/>) and is about as many rare words of it as the long rule asks: an
/// e-mail's context (the team, the incident, the plan) can outweigh the question many times, and then neither coverage nor the
/// weight of what the document is about tells the right tip from a wrong one, while the asking part's share does.
/// A long question that asks how to act (<see cref="HowToAct"/>: "hoe pak ik dat aan?", "wat had ik beter kunnen doen?", "tips?"), whose
/// words the library mostly knows (<see cref="RankingOptions.MaxHowToActUnknownShare"/>), is answered by the long rule at the first
/// rule's share (<see cref="RankingOptions.MinHowToActCoverage"/>), in the first person too: a civil servant's e-mail tells the caller,
/// the case and the team before it asks in words of no topic, so the right tip holds a fifth of it, while an e-mail about something
/// the library does not cover names it in words the library never uses, and one for a fact or a service asks otherwise.
/// A story of <see cref="RankingOptions.MinLongStoryWords"/> words or more, fewer than a long question's, is answered by the same
/// rule, and still by the short-question paths below when it fails it.
/// A short question that describes a situation in the user's own words (<see cref="RankingOptions.MinDescriptionWords"/>
/// words or more, fewer than a long question's) is also answered when the library knows every one of its words and the
/// best document contains most of its weight (<see cref="RankingOptions.MinDescriptionCoverageFor"/>, a smaller share for a longer
/// description; a word the library does not
/// know counts as known when the best document holds a near form of it, a typo or an inflection; from
/// <see cref="RankingOptions.MinDescriptionWordsWithUnknownWord"/> words one word it does not know is allowed, the user's own
/// word for what a tip says otherwise, while the rest must still hold the share), unless it is in the
/// first person singular (<see cref="FirstPerson"/>): a paraphrase uses each of its words once in the right tip's body,
/// so its focus and strength are those of a word named in passing, but a question about something the library does not
/// cover has a word the library never uses (the thing it asks about) or leaves much of its weight out of every document.
/// A question in the first person singular needs more coverage (<see cref="RankingOptions.MinFirstPersonCoverage"/>)
/// than one that is not: short first-person questions are mostly about the asker's own matter ("welke subsidie krijg ik
/// voor zonnepanelen", "hoe installeer ik teams op mijn laptop"), which a tip names without answering, while a civil
/// servant describing a case or a task ("sociale kaart bijhouden", "iemand durft niet toe te geven dat hij de brief niet
/// kan lezen") often meets the right tip with only a quarter of the question's weight.
/// A yes/no question for advice about something other than the asker's own affairs (<see cref="YesNoAdvice"/>, three words or
/// more) is answered when the best document holds enough of its weight (<see cref="RankingOptions.MinYesNoAdviceCoverage"/>),
/// whatever its focus and strength: it names the situation and the action in the words of the right tip's body. Its impersonal
/// form ("is het slim om", "heeft het zin om": <see cref="YesNoAdvice.IsImpersonal"/>) asks whether a way of working is wise, never
/// about a resident's own matter, and is answered at a smaller share (<see cref="RankingOptions.MinImpersonalAdviceCoverage"/>).
/// So is a question in the first person plural (<see cref="FirstPersonPlural"/>, three words or more) when the best document
/// holds <see cref="RankingOptions.MinFirstPersonPluralCoverage"/> of its weight: the organisation telling its own situation
/// ("onze wethouder moet volgende week naar een avond over een opvanglocatie en we verwachten veel boze mensen") spreads
/// the question over words of context, so that the right tip is about little of it, while a question about something the
/// library does not cover (a purchase, a colleague's salary, a rule of a service) leaves most of its weight out of every document.
/// A short question not in the first person singular that tells a situation of the public, named as others in the plural
/// (<see cref="PublicAsOthers.IsToldSituation"/>: "inwoners typen steeds hun adres opnieuw in", "klanten aan de balie die woedend zijn
/// over hun rekening"; not a question put about them, "mogen inwoners ..."), is answered when the best
/// document holds <see cref="RankingOptions.MinPublicSituationCoverage"/> of its weight, whatever its focus and strength: a civil
/// servant telling how the people the service serves behave or fare, in their own words and the tip's body's, while a resident asking
/// about their own matter speaks of "ik" and "mijn" and names the service, and a question for a rule about the public asks it.
/// The same organisation's situation of any length, when it is not also the asker's own (no first person singular), is also answered
/// by the long rule (the best document about enough of its rare words): told in a few words with a judgement of the work ("bewoners
/// haken af, wij praten alleen over de procedure") it holds little of its weight in the right tip, which is about its rare words.
/// On the thirty-three open sets the rule answers one answerable row and no NONE row from any length of three to six words; the
/// NONE rows in the plural that come nearest (a foundation looking for a subsidy, 0.81 rare words at 0.23 of the weight) fail
/// both limits, while a NONE row in both persons (a civil servant asking about the organisation's house style) would pass them
/// (docs/eval.md, h/refuse).
/// A civil servant telling their own situation in the first person singular at some length
/// (<see cref="RankingOptions.MinFirstPersonDescriptionWords"/> words or more, fewer than a long question's: "ik ben teamleider
/// van het kcc en mijn mensen krijgen steeds vaker agressieve bellers ...") spreads it over the same kind of context, and is
/// answered at the same share when the library knows every one of its words (as a description): the asker's own matter told
/// at that length names the thing it asks about in a word the library never uses ("reiskosten", "kenteken", "sporthal").
/// From <see cref="RankingOptions.MinDescriptionWordsWithUnknownWord"/> words one such word is allowed, as in a description not
/// in the first person: told at that length, the asker's own word for what the tip says otherwise ("zonder mijn akkoord", "in de
/// facebookgroep") is as common, while the asker's own matter that names its thing in such a word rarely holds the share in the rest.
/// A question for a product or a shop (<see cref="ShoppingQuestion"/>), a resident's yes/no question about the asker's own
/// thing (<see cref="OwnMatterYesNo"/>) and a question about the asker's own family or neighbour (<see cref="OwnFamily"/>) are
/// never answered: a tip library recommends no product and gives no rule of a service, however many of the question's words a tip uses. Nor is a report of a broken device or facility (<see cref="FaultReport"/>),
/// which is for the service desk.
/// The first rule (coverage, focus, strength) does not answer a short question (<see cref="RankingOptions.MaxNameQuestionWords"/>)
/// whose only words the best document holds are names in it (<see cref="ProperNames"/>: a town, a person, an organisation) while it
/// lacks another of its words: a case names its town, and "wat wordt het weer morgen in zilverstad" meets that case in the town's
/// name alone, which says where the question is about, not what.
/// </summary>
public static class AnswerJudge
{
    /// <summary>The weight of a question word that occurs in one document of the library behind <paramref name="reader"/>.</summary>
    public static double RarestWeight(IndexReader reader) => QueryAnalysis.Idf(1, Math.Max(1, FieldFrequencies.DocumentCount(reader)));

    /// <param name="rarestWeight">The weight of a word that occurs in one document of this library (<see cref="QueryAnalysis.Idf"/> of 1).</param>
    /// <param name="question">The question as typed (for <see cref="FirstPerson"/>).</param>
    /// <param name="bestDocumentHas">
    /// Whether the best document holds a question word, a near form of a misspelt one included (<see cref="TermMatcher.Holds"/>);
    /// null: not known, so an unknown word always counts as one the library never uses.
    /// </param>
    /// <param name="askingPart">
    /// For a long question of more than one sentence: the share of its asking part's weight (<see cref="QuestionPart"/>) the best
    /// document contains, and the weight of the asking part's words the document is about; null (or a null answer): the
    /// question has no asking part apart from its context.
    /// </param>
    /// <param name="isNameInBestDocument">Whether the best document writes a question word only as a name (<see cref="ProperNames"/>); null: not known.</param>
    public static bool IsAnswered(double coverage, double focus, double bm25, IReadOnlyList<QueryTermGroup> groups, RankingOptions options, double rarestWeight,
        string question, Func<QueryTermGroup, bool>? bestDocumentHas = null, Func<(double Coverage, double TopicalWeight)?>? askingPart = null,
        Func<QueryTermGroup, bool>? isNameInBestDocument = null)
    {
        if (groups.Count == 0 || IsVetoed(question)) return false;
        var weight = 0.0;
        for (var i = 0; i < groups.Count; i++) weight += groups[i].Weight;
        var firstPerson = FirstPerson.IsIn(question);
        var minCoverage = firstPerson ? options.MinFirstPersonCoverage : options.MinCoverage;
        if (coverage >= minCoverage && focus >= options.MinFocus && bm25 >= options.MinScorePerWeight * weight
            && !MeetsOnlyInNames(groups, options, bestDocumentHas, isNameInBestDocument)) return true;
        if (groups.Count >= options.MinDescriptionWords && coverage >= options.MinYesNoAdviceCoverage && YesNoAdvice.IsIn(question)) return true;
        if (groups.Count >= options.MinDescriptionWords && coverage >= options.MinImpersonalAdviceCoverage && YesNoAdvice.IsImpersonal(question)) return true;
        if (groups.Count >= options.MinDescriptionWords && coverage >= options.MinFirstPersonPluralCoverage && FirstPersonPlural.IsIn(question)) return true;
        if (groups.Count >= options.MinDescriptionWords && groups.Count < options.LongQuestionWords && !firstPerson
            && coverage >= options.MinPublicSituationCoverage && PublicAsOthers.IsToldSituation(question)) return true;
        var aboutRareWords = focus * weight >= options.MinLongTopicalWords * rarestWeight;
        var aboutEnoughRareWords = coverage >= options.MinLongCoverage && aboutRareWords;
        if (groups.Count >= options.LongQuestionWords)
            return aboutEnoughRareWords || (!firstPerson && askingPart?.Invoke() is { } part
                && part.Coverage >= options.MinAskingPartCoverage && part.TopicalWeight >= options.MinLongTopicalWords * rarestWeight)
                || (coverage >= options.MinHowToActCoverage && aboutRareWords
                    && UnknownWeight(groups) <= options.MaxHowToActUnknownShare * weight && HowToAct.IsAskedIn(question));
        if (groups.Count >= options.MinLongStoryWords && aboutEnoughRareWords) return true;
        if (groups.Count >= options.MinDescriptionWords && aboutEnoughRareWords && !firstPerson && FirstPersonPlural.IsIn(question)) return true;
        var allowedUnknown = groups.Count >= options.MinDescriptionWordsWithUnknownWord ? 1 : 0;
        return firstPerson
            ? groups.Count >= options.MinFirstPersonDescriptionWords && coverage >= options.MinFirstPersonPluralCoverage && UnknownWords(groups, bestDocumentHas) <= allowedUnknown
            : groups.Count >= options.MinDescriptionWords && coverage >= options.MinDescriptionCoverageFor(groups.Count) && UnknownWords(groups, bestDocumentHas) <= allowedUnknown;
    }

    /// <summary>
    /// Whether a short question shares only names with the best document (every word it holds is a name in it) and has a word the
    /// document lacks (see the type).
    /// </summary>
    public static bool MeetsOnlyInNames(IReadOnlyList<QueryTermGroup> groups, RankingOptions options, Func<QueryTermGroup, bool>? bestDocumentHas,
        Func<QueryTermGroup, bool>? isNameInBestDocument)
    {
        if (groups.Count > Math.Min(options.MaxNameQuestionWords, 30) || bestDocumentHas is null || isNameInBestDocument is null) return false;
        // A bit per group the document holds (a short question: a few groups), with no list to allocate on every short question.
        var held = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            if (bestDocumentHas(groups[i])) held |= 1 << i;
        }
        if (held == 0 || held == (1 << groups.Count) - 1) return false;
        for (var i = 0; i < groups.Count; i++)
        {
            if ((held & (1 << i)) != 0 && !isNameInBestDocument(groups[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// The question's forms that are never answered, whatever the documents (a shop, the asker's own yes/no matter, the asker's
    /// family, a fault report): no threshold of the judge's reads them.
    /// </summary>
    public static bool IsVetoed(string question) =>
        ShoppingQuestion.IsIn(question) || OwnMatterYesNo.IsIn(question) || OwnFamily.IsIn(question) || FaultReport.IsIn(question);

    /// <summary>The weight of the question's words the library never uses.</summary>
    public static double UnknownWeight(IReadOnlyList<QueryTermGroup> groups)
    {
        var unknown = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Unknown) unknown += groups[i].Weight;
        }
        return unknown;
    }

    // A word unknown to the library's vocabulary that the best document still holds in a near form ("doorgezet" for
    // "doorgezette") is a typo or an inflection of a word the library uses, not the thing a question about something else
    // asks for; only a word the best document lacks as well counts against the description.
    public static int UnknownWords(IReadOnlyList<QueryTermGroup> groups, Func<QueryTermGroup, bool>? bestDocumentHas)
    {
        var unknown = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Unknown && !(bestDocumentHas?.Invoke(groups[i]) ?? false)) unknown++;
        }
        return unknown;
    }
}
