using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Tests.Hosting;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Readiness;

/// <summary>/readyz: 200 only with documents in a warmed-up index and storage that answers; /healthz stays 200 while the process lives.</summary>
public sealed class ReadinessTests
{
    private const string Tip = """
        ---
        title: Luister eerst
        kind: tip
        summary: Wie eerst luistert, hoeft daarna minder uit te leggen.
        tags: [communicatie]
        audience: [uitvoerder]
        perspectives: [burgers-en-bedrijven]
        author: Test Coach
        organisation: Gemeente Proefstad
        updated: 2026-11-25
        ---

        ## Zo pak je het aan

        Laat de ander uitpraten voordat je antwoordt.
        """;

    private static TipBotFactory WithOneTip()
    {
        var factory = new TipBotFactory();
        Directory.CreateDirectory(Path.Combine(factory.KnowledgePath, "tips"));
        File.WriteAllText(Path.Combine(factory.KnowledgePath, "tips", "luister-eerst.md"), Tip);
        return factory;
    }

    [Fact]
    public async Task ReadyWithAnIndexAndStorage()
    {
        using var factory = WithOneTip();
        var client = factory.CreateClient();
        // The first index warms up in the background after start (NotReadyUntilTheFirstIndexHasWarmedUp): a probe asks again
        // until then; the test waits for that warm-up instead of racing it on a busy machine.
        await factory.Services.GetRequiredService<IKnowledgeIndex>().Warmed.WaitAsync(TimeSpan.FromSeconds(30));
        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True((bool)body["ready"]!);
        Assert.Equal(1, (int)body["index"]!["documents"]!);
    }

    [Fact]
    public async Task NotReadyWithAnEmptyIndex()
    {
        using var factory = new TipBotFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        // Alive all the same: no reason to restart it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task NotReadyWhenStorageFails()
    {
        using var factory = WithOneTip();
        using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStorage, UnreachableStorage>()));
        var response = await broken.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("error", (string?)body["storage"]!["status"]);
        Assert.Equal(1, (int)body["index"]!["documents"]!);
    }

    [Fact]
    public async Task NotReadyUntilTheFirstIndexHasWarmedUp()
    {
        using var factory = WithOneTip();
        var index = new WarmingIndex(new KnowledgeIndex(factory.KnowledgePath));
        using var warming = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IKnowledgeIndex>(index)));
        var client = warming.CreateClient();

        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)body["index"]!["warm"]!);
        Assert.Equal(1, (int)body["index"]!["documents"]!);
        // Questions are answered meanwhile, only slower: the process is alive.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        index.Warm.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        // A rebuild's warm-up runs while the previous index serves: the instance stays in the load balancer.
        index.Warm = new TaskCompletionSource();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    /// <summary>A real index whose warm-up the test finishes.</summary>
    private sealed class WarmingIndex(KnowledgeIndex inner) : IKnowledgeIndex, IDisposable
    {
        public TaskCompletionSource Warm { get; set; } = new();

        public Task Warmed => Warm.Task;

        public BuildReport Rebuild() => inner.Rebuild();

        public BuildReport? LastBuild => inner.LastBuild;

        public string KnowledgePath => inner.KnowledgePath;

        public SearchResult Search(SearchQuery query) => inner.Search(query);

        public SearchResult MoreLikeThis(string id, int top = 3) => inner.MoreLikeThis(id, top);

        public KnowledgeDocument? Get(string id) => inner.Get(id);

        public IReadOnlyList<KnowledgeDocument> Documents => inner.Documents;

        public void Dispose() => inner.Dispose();
    }
}
