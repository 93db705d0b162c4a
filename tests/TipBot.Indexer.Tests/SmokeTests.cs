using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests;

public class SmokeTests
{
    [Fact]
    public void DiagnosticPrintsPathLineSeverity()
    {
        var d = new Diagnostic("tips/a.md", 3, DiagnosticSeverity.Error, "missing title");
        Assert.Equal("tips/a.md:3: error: missing title", d.ToString());
    }
}
