using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public sealed class NumberOfTheWorkTests
{
    [Theory]
    [InlineData("hoeveel tijd moet ik nemen voor een keukentafelgesprek")]
    [InlineData("hoeveel persona's moet ik maken")]
    [InlineData("binnen hoeveel tijd stuur ik een verslag na een bewonersavond")]
    [InlineData("hoeveel vragen zet je in een korte enquete")]
    [InlineData("hoeveel vragen mogen er op een aanvraagformulier staan")]
    public void ANumberTheAskerSetsInTheWorkIsOne(string question) => Assert.True(NumberOfTheWork.IsIn(question));

    [Theory]
    [InlineData("hoeveel vakantiedagen heb ik volgens de cao")]
    [InlineData("hoeveel kinderbijslag krijg je voor een baby")]
    [InlineData("hoeveel hondenbelasting betaal ik")]
    [InlineData("hoeveel moet ik terugbetalen als mijn inkomen hoger was")]
    [InlineData("binnen hoeveel dagen moet ik mijn verhuizing doorgeven")]
    [InlineData("hoeveel zorgtoeslag kan ik krijgen")]
    [InlineData("hoeveel kost een paspoort")]
    public void WhatTheAskerHasGetsOrPaysIsNot(string question) => Assert.False(NumberOfTheWork.IsIn(question));
}
