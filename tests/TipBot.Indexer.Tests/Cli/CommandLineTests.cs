using TipBot.Indexer.Cli;

namespace TipBot.Indexer.Tests.Cli;

public class CommandLineTests
{
    private static readonly CommandSpec Spec = new("search", "search \"QUERY\" [--top N] [--json]", Positionals: 1, Options: ["--top", "--kind"], Flags: ["--json"]);

    [Fact]
    public void ReadsPositionalsOptionsAndFlags()
    {
        var line = CommandLine.Parse(Spec, ["--top", "5", "burger participatie", "--json", "--kind=tip"]);

        Assert.Equal(["burger participatie"], line.Positionals);
        Assert.Equal(5, line.Int("--top", 3));
        Assert.Equal("tip", line.Value("--kind"));
        Assert.True(line.Flag("--json"));
    }

    [Fact]
    public void AbsentOptionsTakeTheirDefault()
    {
        var line = CommandLine.Parse(Spec, ["vraag"]);

        Assert.Equal(3, line.Int("--top", 3));
        Assert.Null(line.Value("--kind"));
        Assert.False(line.Flag("--json"));
    }

    [Fact]
    public void DoubleDashEndsOptions()
    {
        Assert.Equal(["--json"], CommandLine.Parse(Spec, ["--", "--json"]).Positionals);
    }

    [Theory]
    [InlineData("--top", "vijf")]
    [InlineData("--top", "0")]
    [InlineData("--top", "-1")]
    [InlineData("--top", "2.5")]
    public void TopThatIsNotAPositiveNumberIsAUsageError(string option, string value)
    {
        var line = CommandLine.Parse(Spec, ["vraag", option, value]);

        var e = Assert.Throws<UsageException>(() => line.Int("--top", 3));
        Assert.Contains("--top must be a whole number", e.Message);
    }

    [Theory]
    [InlineData("vraag", "--top")]
    [InlineData("vraag", "--top", "--json")]
    [InlineData("vraag", "--onbekend")]
    [InlineData("vraag", "--json=ja")]
    [InlineData]
    [InlineData("een", "twee")]
    public void MalformedArgumentsAreUsageErrors(params string[] args)
    {
        Assert.Throws<UsageException>(() => CommandLine.Parse(Spec, args));
    }

    [Fact]
    public void RequiredOptionMissingIsAUsageError()
    {
        var line = CommandLine.Parse(Spec, ["vraag"]);

        Assert.Equal("missing --kind", Assert.Throws<UsageException>(() => line.Required("--kind")).Message);
    }
}
