using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Tests.Hosting;
using TipBot.Indexer.Search;
using Xunit.Abstractions;

namespace TipBot.Bot.Tests.Knowledge;

/// <summary>The running bot picks up a coach's saved, renamed, deleted or broken tip by itself.</summary>
public sealed class LiveReindexTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly TipBotFactory _factory = new();

    public LiveReindexTests(ITestOutputHelper output)
    {
        _output = output;
        CopyLibrary(RepositoryKnowledge(), _factory.KnowledgePath);
    }

    public void Dispose() => _factory.Dispose();

    private const string NewTip = """
        ---
        title: Zeg het met een zeppelinwolk
        kind: tip
        summary: Een proef met een zeppelinwolk als beeld maakt een ingewikkelde regeling begrijpelijk.
        tags: [communicatie]
        audience: [communicatieadviseur]
        perspectives: [burgers-en-bedrijven]
        author: Test Coach
        organisation: Gemeente Proefstad
        updated: 2026-11-25
        ---

        ## Zo pak je het aan

        Teken de regeling als een zeppelinwolk: wat erin zit, wat eruit komt en wie aan de touwen trekt.
        """;

    [Fact]
    public async Task ATipWrittenWhileRunningBecomesSearchableAndADeletedOneDisappears()
    {
        var index = _factory.Services.GetRequiredService<IKnowledgeIndex>();
        Assert.True(index.Documents.Count > 0, "the copied library should be indexed at startup");
        Assert.DoesNotContain(index.Search(new SearchQuery("zeppelinwolk")).Hits, h => h.Id == "zeppelinwolk-test");
        var file = Path.Combine(_factory.KnowledgePath, "tips", "zeppelinwolk-test.md");

        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, NewTip);
        Assert.True(await Eventually(() => index.Search(new SearchQuery("zeppelinwolk")).Hits.Any(h => h.Id == "zeppelinwolk-test")),
            "the new tip was not found");
        _output.WriteLine($"new tip searchable after {clock.ElapsedMilliseconds} ms");

        var renamed = Path.Combine(_factory.KnowledgePath, "tips", "zeppelinwolk-hernoemd.md");
        File.Move(file, renamed);
        Assert.True(await Eventually(() => index.Get("zeppelinwolk-hernoemd") is not null && index.Get("zeppelinwolk-test") is null),
            "the renamed tip was not picked up");

        clock.Restart();
        File.Delete(renamed);
        Assert.True(await Eventually(() => index.Get("zeppelinwolk-hernoemd") is null), "the deleted tip is still served");
        _output.WriteLine($"deleted tip gone after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ABrokenFileIsReportedWithItsLineAndTheRestKeepsServing()
    {
        var index = _factory.Services.GetRequiredService<IKnowledgeIndex>();
        var before = index.Documents.Count;
        var broken = Path.Combine(_factory.KnowledgePath, "tips", "kapot.md");

        await File.WriteAllTextAsync(broken, "---\ntitle: [niet gesloten\nkind: tip\n---\n\ntekst\n");

        Assert.True(await Eventually(() => index.LastBuild?.Diagnostics.Any(d => d.Path.Contains("kapot.md", StringComparison.Ordinal)) == true),
            "the broken file was not reported");
        Assert.Equal(before, index.Documents.Count);
        var diagnostic = index.LastBuild!.Diagnostics.First(d => d.Path.Contains("kapot.md", StringComparison.Ordinal));
        Assert.Matches(@"kapot\.md:\d+: ", diagnostic.ToString());

        var health = await _factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal(before, (int?)body["index"]!["documents"]);
        Assert.Contains(body["index"]!["errors"]!.AsArray(), e => ((string?)e)!.Contains("kapot.md", StringComparison.Ordinal));
        Assert.NotNull((string?)body["index"]!["lastBuild"]);
    }

    /// <summary>Polls a condition; generous so a busy CI machine does not fail it (the benchmark measures the latency).</summary>
    private static async Task<bool> Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }
            await Task.Delay(50);
        }
        return condition();
    }

    internal static string RepositoryKnowledge()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TipBot.sln")))
            {
                return Path.Combine(folder.FullName, "knowledge");
            }
        }
        throw new DirectoryNotFoundException("TipBot.sln not found above the test's folder.");
    }

    internal static void CopyLibrary(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
