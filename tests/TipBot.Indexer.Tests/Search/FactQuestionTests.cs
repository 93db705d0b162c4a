using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class FactQuestionTests
{
    private static KnowledgeDocument Tip(string body) =>
        SampleLibrary.Doc("tip", DocumentKind.Tip, "Tolk aan de balie", "Zet een tolk in.", ["tolk"], ("", body));

    private static readonly KnowledgeDocument Advice = Tip("Bel de tolkentelefoon bij een moeilijk gesprek. Dat kost wat tijd, maar voorkomt misverstanden.");

    [Theory]
    [InlineData("wat kost de tolkentelefoon")]
    [InlineData("hoeveel kost een tolk")]
    [InlineData("wat moet ik betalen voor een tolk")]
    [InlineData("wat betalen we voor de tolkentelefoon")]
    [InlineData("wat moet ik neertellen voor een tolk")]
    [InlineData("prijzen tolkentelefoon")]
    [InlineData("hoe hoog is de vergoeding voor een tolk")]
    [InlineData("tarieven tolkentelefoon 2026")]
    [InlineData("how much does an interpreter cost")]
    [InlineData("openingstijden van de balie")]
    [InlineData("what are the opening hours of the desk")]
    public void AQuestionForAPriceOrOpeningTimeIsNotAnsweredByAdvice(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice));
    }

    [Theory]
    [InlineData("hoe zet ik een tolk in")]
    [InlineData("kost een tolk veel tijd in een gesprek")]
    [InlineData("mensen durven niet te zeggen dat ze de tolk niet kunnen betalen")]
    [InlineData("working with an interpreter at the desk")]
    public void OtherQuestionsAreLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice));
    }

    [Fact]
    public void ADocumentThatStatesThePriceOrTheHoursAnswers()
    {
        Assert.True(FactQuestion.IsAnsweredBy("wat kost de tolkentelefoon", Tip("De tolkentelefoon is gratis voor gemeenten.")));
        Assert.True(FactQuestion.IsAnsweredBy("hoeveel kost een tolk", Tip("Een tolk kost ongeveer € 60 per uur.")));
        Assert.True(FactQuestion.IsAnsweredBy("openingstijden van de balie", Tip("De balie is geopend van 9.00 uur tot 17.00 uur.")));
    }

    [Theory]
    [InlineData("wanneer is de dag van de tolk dit jaar")]
    [InlineData("wanneer gaat de nieuwe tolkenregeling in")]
    [InlineData("vanaf wanneer is een tolk verplicht")]
    [InlineData("wanneer krijgen we de nieuwe tolkenregeling")]
    [InlineData("when will the interpreter rules change")]
    [InlineData("hoe word ik zelf tolk bij de gemeente")]
    [InlineData("vacature tolk gemeente")]
    [InlineData("welke opleiding heb ik nodig om tolk te worden")]
    [InlineData("how do I become an interpreter")]
    [InlineData("wat is het verschil tussen een tolk en een vertaler")]
    [InlineData("heb ik recht op een gratis tolk")]
    [InlineData("kan ik een gratis tolk krijgen")]
    public void AQuestionForADateCareerDifferenceOrEntitlementIsNotAnsweredByAdvice(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("wanneer moet ik een tolk inzetten")]
    [InlineData("wanneer is het verstandig om een tolk te vragen")]
    [InlineData("wanneer gaat het mis met een tolk")]
    [InlineData("wanneer begin je met een tolk in een gesprek")]
    [InlineData("wanneer begint de inzet van een tolk")]
    [InlineData("hoe word ik beter in gesprekken met een tolk")]
    [InlineData("hoe vraag ik aan inwoners wat ze van de tolk vinden")]
    [InlineData("hoe lang mag een gesprek met een tolk zijn")]
    [InlineData("bij wie kan ik terecht als een gesprek met een tolk vastloopt")]
    [InlineData("hoe help ik iemand die een klacht over de tolk wil indienen")]
    [InlineData("hoe krijgen we inwoners zover dat ze een tolk vragen")]
    [InlineData("welke opleiding of workshop is er over werken met een tolk")]
    [InlineData("wat is de reactietermijn voor een tolk")]
    [InlineData("how do I become a better listener with an interpreter")]
    public void AdviceQuestionsWithTheSameWordsAreLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.3, minProcedureFocus: 0.8));
    }

    [Fact]
    public void ADocumentThatStatesTheDateTheDifferenceOrTheVacancyAnswers()
    {
        Assert.True(FactQuestion.IsAnsweredBy("wanneer gaat de tolkenregeling in", Tip("De regeling gaat in op 1 januari."), 1, 0.8));
        Assert.True(FactQuestion.IsAnsweredBy("wat is het verschil tussen een tolk en een vertaler", Tip("Het verschil: een tolk spreekt, een vertaler schrijft."), 1, 0.8));
        Assert.True(FactQuestion.IsAnsweredBy("vacature tolk", Tip("Bekijk de vacatures op de website."), 1, 0.8));
    }

    [Theory]
    [InlineData("hoe vraag ik een tolk aan")]
    [InlineData("hoe vraag ik een tolk aan bij de gemeente")]
    [InlineData("hoe vragen we een tolk aan bij de gemeente")]
    [InlineData("kan ik een tolk online aanvragen")]
    [InlineData("hoe geef ik een tolk door aan de balie")]
    [InlineData("mag ik bezwaar maken tegen de tolk")]
    [InlineData("how do I apply for an interpreter")]
    [InlineData("hoe dien ik een klacht over de tolk in")]
    [InlineData("kan ik een klacht per mail indienen")]
    [InlineData("klacht over de tolk indienen")]
    [InlineData("moet ik na de verhuizing een nieuwe tolk aanvragen")]
    [InlineData("hoe doe ik aangifte bij de politie van bedreiging door een tolk")]
    [InlineData("hoe vul ik mijn rol bij een tolk in")]
    [InlineData("hoe vraag ik een tolk aan als ambtenaar")]
    [InlineData("hoe vraag ik het verslag van de tolk op")]
    [InlineData("kan ik de opname van het tolkgesprek opvragen")]
    public void AProcedureIsAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        AssertAnsweredOnlyByADocumentAboutAllOfIt(question);
    }

    [Theory]
    [InlineData("hoe geef ik mijn verhuizing door aan de tolkendienst")]
    [InlineData("hoe vraag ik een tolk aan voor mijn bedrijf")]
    [InlineData("tolk aanvragen voor mijn moeder")]
    [InlineData("hoe vul ik mijn aanvraag voor een tolk in")]
    [InlineData("hoe vraag ik mijn dossier bij de tolkendienst op")]
    public void AProcedureForTheAskersOwnThingIsNotAnsweredByAnyDocument(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8, asksForLibraryOffer: () => true));
    }

    [Theory]
    [InlineData("hoe vraag ik een tolk aan voor mijn team")]
    [InlineData("hoe geef ik mijn brief door aan de tolk")]
    public void AProcedureForTheAskersTeamOrLetterNeedsOnlyADocumentAboutAllOfIt(string question)
    {
        AssertAnsweredOnlyByADocumentAboutAllOfIt(question);
    }

    [Theory]
    [InlineData("hoeveel tolkuren krijg ik per jaar")]
    [InlineData("hoe lang krijg je een tolk vergoed")]
    [InlineData("how many interpreter hours do I get")]
    [InlineData("wie komt in aanmerking voor een gratis tolk")]
    [InlineData("mag ik zelf een tolk meebrengen")]
    [InlineData("moet ik een pasfoto meenemen naar het gesprek met de tolk")]
    public void AClosedQuestionForAServicesRuleIsAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(question, Tip("Een tolk is gratis; neem uw brief mee."), focus: 0.9, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("how much influence do residents have on the interpreter")]
    [InlineData("hoeveel invloed hebben bewoners op de tolk")]
    public void HowMuchWithoutAWordOfPayingIsAnAmountNotAPrice(string question)
    {
        // As Dutch "hoeveel" alone: a closed question a document about all of it answers, whether or not it states a price.
        var aboutIt = Tip("Zeg vooraf hoeveel invloed bewoners hebben op de keuze van de tolk.");
        Assert.True(FactQuestion.IsAnsweredBy(question, aboutIt, focus: 0.9, minProcedureFocus: 0.8));
        Assert.False(FactQuestion.IsAnsweredBy(question, aboutIt, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Fact]
    public void HowMuchWithAWordOfPayingIsStillAPrice()
    {
        var aboutIt = Tip("Zeg vooraf hoeveel invloed bewoners hebben op de keuze van de tolk.");
        Assert.False(FactQuestion.IsAnsweredBy("how much does an interpreter cost", aboutIt, focus: 1, minProcedureFocus: 0.8));
        Assert.False(FactQuestion.IsAnsweredBy("how much do I pay for an interpreter", aboutIt, focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("hoeveel lezers hebben we nodig om een brief met een tolk te testen")]
    [InlineData("hoe lang houden wij contact met de tolk na een gesprek")]
    [InlineData("moeten we bij elk gesprek een tolk inzetten")]
    [InlineData("wat moet ik meenemen als ik met een tolk op huisbezoek ga, hoe bereiden we dat voor")]
    [InlineData("hoe lang van tevoren regel ik een tolk voor bewoners")]
    [InlineData("tot wanneer kan ik inwoners laten meepraten over de tolk")]
    [InlineData("hoeveel inwoners moet ik spreken over de tolk")]
    [InlineData("hoeveel tijd moet ik nemen voor een gesprek met een tolk")]
    [InlineData("hoeveel vragen mogen er op een formulier voor een tolk staan")]
    [InlineData("moet ik de wethouder meenemen naar een gesprek met een tolk")]
    [InlineData("moet ik een collega ook meenemen naar een huisbezoek met een tolk")]
    [InlineData("nieuwe tolkendienst bewoners meenemen")]
    public void AClosedQuestionAboutTheOrganisationsOwnWorkIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("moet ik bewoners eerder betrekken bij een plan")]
    [InlineData("mag ik een brief in de je-vorm schrijven")]
    [InlineData("moet ik bij een boze beller de verbinding verbreken")]
    [InlineData("must I use plain language in a letter")]
    public void AYesNoQuestionIsLeftToTheJudge(string question)
    {
        // As often advice about the work as a service's rule: the judge's coverage decides, not the form.
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("hoe moet ik reageren als de tolk niet komt")]
    [InlineData("wat mag een tolk wel en niet vertalen")]
    [InlineData("bij wie kan ik terecht voor een tolk")]
    public void ModalVerbsInsideAnAdviceQuestionAreLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("tolk aanvragen voor een gesprek")]
    [InlineData("een tolk via de gemeente aanvragen")]
    [InlineData("hoe vraagt een statushouder een tolk aan")]
    public void AnApplicationWithoutAPronounIsAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        AssertAnsweredOnlyByADocumentAboutAllOfIt(question);
    }

    [Fact]
    public void PeopleWhoWantToApplyOnPaperAreASituationTheEngineAnswers()
    {
        // The tip is about entrepreneurs applying on paper but never says what they want ("willen"): its focus on the statement is under the
        // procedure form's limit, which the form no longer applies to a described situation; the application itself still needs it.
        KnowledgeDocument[] library =
        [
            SampleLibrary.Doc("digitaal", DocumentKind.Tip, "Maak digitaal aanvragen de gewone weg", "Ondernemers die op papier aanvragen, help je naar het e-formulier.",
                ["ondernemers", "papier"], ("", "Ondernemers vragen vaak op papier aan. Bel ze en laat zien hoe het e-formulier werkt.")),
            SampleLibrary.Doc("brief", DocumentKind.Tip, "Schrijf een heldere brief", "Zet de uitkomst bovenaan.", ["brief"], ("", "Begin met wat de lezer moet doen.")),
        ];
        using var engine = TipSearchEngine.InMemory(library);
        var situation = engine.Search(new SearchQuery("ondernemers willen op papier aanvragen"));
        Assert.Equal("digitaal", situation.Hits[0].Id);
        Assert.True(situation.Answered);
        var application = engine.Search(new SearchQuery("ondernemers snel op papier aanvragen"));
        Assert.Equal("digitaal", application.Hits[0].Id);
        Assert.False(application.Answered);
    }

    [Theory]
    [InlineData("ouderen die een tolk aanvragen lopen vast op het formulier")]
    [InlineData("inwoners helpen met online aanvragen van een tolk")]
    [InlineData("de aanvragen voor een tolk stapelen zich op")]
    [InlineData("statushouders blijven papieren aanvragen voor een tolk sturen")]
    [InlineData("statushouders blijven een tolk aanvragen")]
    [InlineData("ondernemers willen een tolk digitaal aanvragen")]
    [InlineData("moet een collega aangifte doen na een bedreiging door een tolk")]
    [InlineData("hoe vraagt de gemeente aan inwoners wat ze van de tolk vinden")]
    public void ASituationInWhichSomeoneAppliesIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.3, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("interactiecoach aanvragen voor ons team")]
    [InlineData("hoe vraag ik een workshop aan")]
    [InlineData("kan ik een interactiecoach krijgen voor ons project")]
    [InlineData("kom ik in aanmerking voor een coach")]
    public void ARequestForTheLibrarysOwnOfferIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => true));
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => false));
    }

    [Theory]
    [InlineData("telefoonnummer tolkencentrum", "Bel de tolkentelefoon op 088 255 52 22.")]
    [InlineData("wat is het telefoonnummer van de tolkentelefoon", "Bel de tolkentelefoon op 088 255 52 22.")]
    [InlineData("welk nummer bel ik voor een tolk", "Bel de tolkentelefoon op 088 255 52 22.")]
    [InlineData("what is the phone number of the interpreter service", "Bel de tolkentelefoon op 088 255 52 22.")]
    [InlineData("wat is het e-mailadres van de tolkentelefoon", "Mail naar tolk@gemeente.nl of kom langs op Tolkenlaan 1, 1234 AB Dorp.")]
    [InlineData("mailadres van de projectleider tolken", "Mail naar tolk@gemeente.nl of kom langs op Tolkenlaan 1, 1234 AB Dorp.")]
    [InlineData("wat is het adres van het tolkencentrum", "Mail naar tolk@gemeente.nl of kom langs op Tolkenlaan 1, 1234 AB Dorp.")]
    [InlineData("what is the email address of the interpreter service", "Mail naar tolk@gemeente.nl of kom langs op Tolkenlaan 1, 1234 AB Dorp.")]
    [InlineData("email adres van de tolkencoordinator", "Mail naar tolk@gemeente.nl of kom langs op Tolkenlaan 1, 1234 AB Dorp.")]
    public void AQuestionForContactDetailsIsAnsweredOnlyByADocumentThatGivesThem(string question, string givesThem)
    {
        AssertAnsweredOnlyByADocumentThatStatesIt(question, givesThem);
    }

    [Theory]
    [InlineData("moet ik een telefoonnummer onder een brief over de tolk zetten")]
    [InlineData("mensen staan een uur met een nummertje te wachten op een tolk")]
    [InlineData("inwoners typen steeds hun adres opnieuw in voor een tolk")]
    [InlineData("welk mailadres zet ik onder een brief over de tolk")]
    [InlineData("welk telefoonnummer zet ik onder een brief over de tolk")]
    public void AdviceThatNamesContactDetailsIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("hoeveel subsidie krijgt een vereniging voor een tolk")]
    [InlineData("hoeveel geld krijgt het dorp uit het tolkenfonds")]
    [InlineData("hoeveel vergoeding ontvang ik voor een tolk")]
    public void AnAmountSomeoneReceivesIsAnsweredOnlyByADocumentThatStatesASum(string question)
    {
        AssertAnsweredOnlyByADocumentThatStatesIt(question, "Een vereniging krijgt € 500 per jaar voor een tolk.");
    }

    [Fact]
    public void NamingTheAmountIsNotStatingAPrice()
    {
        var namesTheAmount = Tip("Zet in een boetebrief het bedrag en de uiterste datum bovenaan.");
        Assert.False(FactQuestion.IsAnsweredBy("hoe hoog is de boete voor een gemiste tolk", namesTheAmount, focus: 1, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy("hoe hoog is de boete voor een gemiste tolk", Tip("De boete is € 50."), focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("wanneer is de volgende bijeenkomst over de tolk", "Een bijeenkomst over de tolk in maart liep uit de hand; zo doe je het beter.")]
    [InlineData("wanneer gaat de tolkenbalie bij ons dorp weer open", "De tolkenbalie gaat in juni dicht voor een verbouwing.")]
    public void AMomentIsAnsweredOnlyByADocumentThatStatesOneAndIsAboutTheQuestion(string question, string namesAMonth)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Tip(namesAMonth), focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(question, Tip(namesAMonth), focus: 0.9, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("heb ik een vergunning nodig voor een tolk")]
    [InlineData("welke papieren heb ik nodig voor een gesprek met een tolk")]
    [InlineData("welk niveau eherkenning heb ik nodig voor een tolk")]
    [InlineData("welke documenten moet ik klaarleggen voor een gesprek met een tolk")]
    public void WhatAResidentNeedsIsNotAnsweredByAnyDocument(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Tip("Voor een tolk heb je een vergunning nodig; neem uw paspoort mee."), focus: 1, minProcedureFocus: 0.8));
    }

    [Fact]
    public void NeedingTheLibrarysOwnOfferIsLeftToTheJudge()
    {
        const string question = "heb ik een coach nodig als een gesprek met een tolk vastloopt";
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => true));
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => false));
    }

    [Theory]
    [InlineData("hoeveel lezers heb ik nodig om een brief met een tolk te testen")]
    [InlineData("wat hebben we nodig voor een goed gesprek met een tolk")]
    [InlineData("welke vaardigheden heb ik nodig voor een gesprek met een tolk")]
    [InlineData("welke mensen heb ik nodig voor een klantreis met een tolk")]
    [InlineData("heb ik meer tijd nodig voor een gesprek met een tolk")]
    public void ANumberOrANeedOfTheWorkIsNotRefusedAsAResidentsNeed(string question)
    {
        // "hoeveel" is still a closed question (a document about all of it answers), but no resident's need.
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.9, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("hoe lang duurt de workshop over werken met een tolk")]
    [InlineData("hoeveel collega's kunnen meedoen aan de workshop over tolken")]
    [InlineData("wie komt in aanmerking voor een coach bij gesprekken met een tolk")]
    public void AClosedQuestionAboutTheLibrarysOwnOfferIsLeftToTheJudge(string question)
    {
        // The library states its own coaches' and workshops' facts (length, group size, for whom), not a service's rule.
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => true));
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => false));
    }

    [Theory]
    [InlineData("termijn voor bezwaar tegen een afgewezen tolk")]
    [InlineData("uiterste datum tolkkosten betalen")]
    [InlineData("deadline aanvraag tolkenvergoeding")]
    public void ADeadlineIsAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        AssertAnsweredOnlyByADocumentAboutAllOfIt(question);
    }

    [Theory]
    [InlineData("binnen welke termijn laat ik bewoners weten wat de tolk zei")]
    [InlineData("hoe zet ik de uiterste datum bovenaan een brief over de tolk")]
    public void ATermOfTheWorkIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("kan ik de tolk in termijnen betalen")]
    [InlineData("mag ik de rekening van de tolk later betalen")]
    [InlineData("moet ik zelf betalen voor een tolk bij de huisarts")]
    [InlineData("kan ik de tolkkosten in delen terugbetalen")]
    [InlineData("in hoeveel termijnen mag ik de tolk betalen")]
    [InlineData("moet er rente betaald worden over de tolkkosten")]
    public void HowAResidentMayPayIsNotAnsweredByAnyDocument(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Tip("Een tolk kost € 50; u kunt in termijnen betalen."), focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("moet ik deelnemers van een gesprek met een tolk betalen")]
    [InlineData("mensen durven niet te zeggen dat ze de tolk niet kunnen betalen")]
    [InlineData("hoe bied ik bewoners aan om de tolk in termijnen te betalen")]
    public void PayingForTheWorkOrOfferingAPaymentPlanIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("krijg ik een tolk als ik 18 word")]
    [InlineData("krijg je korting op de tolk als je vroeg betaalt")]
    [InlineData("krijg ik als nieuwe collega een tolkcursus")]
    [InlineData("kan ik als inwoner geld uit het tolkenfonds krijgen voor mijn gesprek")]
    public void WhetherTheAskerGetsSomethingIsAnsweredOnlyByADocumentThatStatesAnEntitlement(string question)
    {
        AssertAnsweredOnlyByADocumentThatStatesIt(question, "Iedereen boven de 18 heeft recht op een tolk.");
    }

    [Theory]
    [InlineData("krijg ik meer reacties als ik bewoners met een tolk uitnodig")]
    [InlineData("krijg ik sneller antwoord als ik de tolk vooraf bel")]
    [InlineData("hoe krijg ik collega's mee met de tolkentelefoon")]
    public void TheEffectOfAnActionIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("waarom is mijn tolkvergoeding stopgezet")]
    [InlineData("waarom wordt mijn aanvraag voor een tolk afgewezen")]
    public void WhySomethingHappenedToTheAskersOwnThingIsNotAnsweredByAnyDocument(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Tip("Een tolkvergoeding stopt als u verhuist."), focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("waarom is mijn brief over de tolk nog steeds onduidelijk")]
    [InlineData("waarom is mijn team zo moe na gesprekken met een tolk")]
    [InlineData("waarom begrijpen inwoners de brief over de tolk niet")]
    [InlineData("hoe vul ik mijn rol als regisseur naast de tolk en de inwoner goed in")]
    public void WhyTheWorkGoesAsItGoesIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Fact]
    public void PayingForTheLibrarysOwnOfferIsLeftToTheJudge()
    {
        const string question = "moet ik zelf betalen voor een coach bij gesprekken met een tolk";
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => true));
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8, asksForLibraryOffer: () => false));
    }

    [Fact]
    public void WhoAsksIsReadInTheWholeQuestionWhenItsAskingPartIsJudged()
    {
        // The asking part of a long e-mail alone reads as a resident's closed question for a number; the e-mail tells that a team
        // asks about its own work (the first person plural), which a tip answers.
        const string part = "Kunnen jullie dat verzorgen, en voor hoeveel deelnemers?";
        const string email = "Wij zijn een klein team van adviseurs bij de gemeente en we willen samen een middag oefenen met eenvoudige brieven. " + part;
        Assert.False(FactQuestion.IsAnsweredBy(part, Advice, focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(part, Advice, focus: 0.5, minProcedureFocus: 0.8, asker: email));
        Assert.False(FactQuestion.IsAnsweredBy(part, Advice, focus: 0.5, minProcedureFocus: 0.8,
            asker: "Mijn dochter wil graag een middag oefenen met eenvoudige brieven. " + part));
    }

    // The advice tip does not state the fact asked, so only its focus on the whole question can answer it.
    private static void AssertAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.9, minProcedureFocus: 0.8));
    }

    // Not answered by advice that is about all of the question, answered by a document that states the fact asked for.
    private static void AssertAnsweredOnlyByADocumentThatStatesIt(string question, string statingText)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(question, Tip(statingText), focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("welke inkomensgrens geldt voor een gratis tolk")]
    [InlineData("welk inkomen moet een aanvrager hebben voor een tolk")]
    [InlineData("tot welk inkomen krijg je een gratis tolk")]
    [InlineData("wat is de tolknorm voor een gesprek")]
    [InlineData("wat is het maximale bedrag voor een tolk")]
    [InlineData("wat is het salariscriterium voor tolken in 2027")]
    [InlineData("maximale looptijd tolkenregeling")]
    [InlineData("minimum bedrag tolkvergoeding")]
    public void ALimitOfAServiceIsAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        AssertAnsweredOnlyByADocumentAboutAllOfIt(question);
    }

    [Theory]
    [InlineData("welke norm geldt voor een gesprek met een tolk")]
    [InlineData("wat is de norm voor een goed gesprek met een tolk")]
    [InlineData("tot welke grens ga je mee in een gesprek met een tolk")]
    [InlineData("maximale lengte van een gesprek met een tolk")]
    [InlineData("wat is de grens bij agressie tegen een tolk")]
    public void ANormOrALimitOfTheWorkIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("wanneer begint de bouw van het tolkencentrum")]
    [InlineData("wanneer komt de nieuwe tolkenregeling van het rijk")]
    public void AMomentOfADefiniteThingIsAnsweredOnlyByADocumentThatStatesOneAndIsAboutIt(string question)
    {
        var namesAMonth = Tip("De bouw van het tolkencentrum begint in maart.");
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
        Assert.False(FactQuestion.IsAnsweredBy(question, namesAMonth, focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy(question, namesAMonth, focus: 0.9, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("wanneer begint de inzet van een tolk bij een nieuw gesprek")]
    [InlineData("wanneer start het gesprek met de tolk als iemand boos is")]
    [InlineData("wanneer begint het gesprek met de tolk als je de brief hebt gestuurd")]
    public void AStageOfTheWorkIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Fact]
    public void HoelangIsHoeLang()
    {
        var withDuration = Tip("Een tolk is meestal binnen twee werkdagen geregeld.");
        Assert.False(FactQuestion.IsAnsweredBy("hoelang duurt het regelen van een tolk", Advice, focus: 1, minProcedureFocus: 0.8));
        Assert.False(FactQuestion.IsAnsweredBy("hoelang krijg je een tolk vergoed", Advice, focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy("hoelang duurt het regelen van een tolk", withDuration, focus: 0.9, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("hoe verleng ik mijn tolkenpas")]
    [InlineData("tolkenpas verlengen voor mijn moeder")]
    public void RenewingTheAskersOwnThingIsNotAnsweredByAnyDocument(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("hoe verleng ik een tolkenpas")]
    [InlineData("tolkenpas verlengen")]
    public void RenewingIsAProcedureAnsweredOnlyByADocumentAboutAllOfIt(string question)
    {
        AssertAnsweredOnlyByADocumentAboutAllOfIt(question);
    }

    [Theory]
    [InlineData("mag ik de termijn verlengen voor iemand die een tolk nodig heeft")]
    [InlineData("de samenwerking met het tolkencentrum verlengen")]
    public void ExtendingSomethingInTheWorkIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("mijn tolkenpas is kwijt, hoe krijg ik een nieuwe")]
    [InlineData("wachtwoord van mijn tolkenapp vergeten")]
    [InlineData("ik ben mijn tolkenpas verloren")]
    [InlineData("mijn fiets is gestolen bij het tolkencentrum")]
    public void TheAskersOwnThingLostIsNotAnsweredByAnyDocument(string question)
    {
        Assert.False(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
    }

    [Theory]
    [InlineData("ik raak mijn geduld kwijt in een gesprek met een tolk")]
    [InlineData("ik ben mijn motivatie kwijt na een lastig gesprek met een tolk")]
    [InlineData("ik ben vergeten mijn collega te vertellen dat de tolk komt")]
    [InlineData("mijn team is de lijst met tolken kwijt")]
    [InlineData("klanten zeggen dat mijn formulier voor een tolk is kwijtgeraakt, wat zeg ik tegen ze")]
    public void LosingAFeelingOrTheTeamsThingIsLeftToTheJudge(string question)
    {
        Assert.True(FactQuestion.IsAnsweredBy(question, Advice, focus: 1, minProcedureFocus: 0.8));
    }

    [Fact]
    public void ThePayOfAJobIsAnsweredOnlyByADocumentThatStatesIt()
    {
        AssertAnsweredOnlyByADocumentThatStatesIt("wat verdient een tolk", "Het salaris van een tolk staat in de cao.");
        Assert.True(FactQuestion.IsAnsweredBy("wat verdient de voorkeur bij een tolk", Advice, focus: 0.5, minProcedureFocus: 0.8));
    }

    [Fact]
    public void HowLongSomethingTakesNeedsADurationAndADocumentAboutIt()
    {
        var withDuration = Tip("Een tolk is meestal binnen twee werkdagen geregeld.");
        Assert.False(FactQuestion.IsAnsweredBy("hoe lang duurt het regelen van een tolk", Advice, focus: 1, minProcedureFocus: 0.8));
        Assert.False(FactQuestion.IsAnsweredBy("hoe lang duurt het regelen van een tolk", withDuration, focus: 0.5, minProcedureFocus: 0.8));
        Assert.True(FactQuestion.IsAnsweredBy("hoe lang duurt het regelen van een tolk", withDuration, focus: 0.9, minProcedureFocus: 0.8));
    }
}

public sealed class FactQuestionGateTests
{
    [Fact]
    public void EveryBranchOfEveryQuestionFormNeedsAWordOfTheGate()
    {
        foreach (var form in FactQuestion.Forms)
        {
            var missing = RegexRequiredWords.BranchesWithout(form.ToString(), FactQuestion.TriggerWords);
            Assert.True(missing.Count == 0, $"no gate word in: {string.Join("  ", missing)}");
        }
    }

    [Fact]
    public void TheCheckFindsABranchWithoutAGateWord()
    {
        var missing = RegexRequiredWords.BranchesWithout(@"\b(wat\s+(kost|kosten)|hoe\s+duur)\b", ["kost"]);
        Assert.Contains("duur", Assert.Single(missing));
    }

    [Fact]
    public void AnOptionalLetterOrGroupOrALookAheadIsNoWordAMatchMustHold()
    {
        const string pattern = @"\b(wat\s+kosts?|hoe\s+(hoog)?\s*duur|hoe\s+(?=laat)\w+)\b";
        Assert.Equal(3, RegexRequiredWords.BranchesWithout(pattern, ["kosts", "hoog", "laat"]).Count);
        Assert.Empty(RegexRequiredWords.BranchesWithout(pattern, ["kost", "duur", "hoe"]));
    }
}
