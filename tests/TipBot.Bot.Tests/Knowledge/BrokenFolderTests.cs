using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Tests.Hosting;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Knowledge;

/// <summary>The knowledge folder breaks while the bot runs: the index it had keeps answering, and /healthz says so.</summary>
public sealed class BrokenFolderTests : IDisposable
{
    private readonly TipBotFactory _factory = new(echoBot: false);

    public BrokenFolderTests() => LiveReindexTests.CopyLibrary(LiveReindexTests.RepositoryKnowledge(), _factory.KnowledgePath);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryFileGarbledThenTheFolderGoneTheOldIndexKeepsServing()
    {
        var index = _factory.Services.GetRequiredService<IKnowledgeIndex>();
        var client = _factory.CreateClient();
        var documents = index.Documents.Count;
        Assert.True(documents > 10);
        var firstBuild = index.LastBuild!.FinishedAt;
        // /readyz waits for the first index's warm-up; on a loaded machine it may still run here, and this test is about what
        // comes after it (a CI run under load saw 503 from /readyz below before the warm-up had finished).
        await index.Warmed.WaitAsync(TimeSpan.FromSeconds(30));

        foreach (var file in Directory.EnumerateFiles(_factory.KnowledgePath, "*.md", SearchOption.AllDirectories))
        {
            await File.WriteAllTextAsync(file, "---\ntitle: [kapot\n---\n\u0000\u0001 niet te lezen\n");
        }
        Assert.True(await Eventually(() => index.LastBuild is { Succeeded: false } build && build.FinishedAt > firstBuild), "no failed rebuild after garbling every file");
        await AssertStillServingAsync(client, index, documents);

        Directory.Delete(_factory.KnowledgePath, recursive: true);
        var garbledBuild = index.LastBuild!.FinishedAt;
        // The watcher sees the deletes; the rebuild after them finds no folder.
        Assert.True(await Eventually(() => index.LastBuild is { Succeeded: false } build && build.FinishedAt > garbledBuild
            && build.Diagnostics.Any(d => d.Message.Contains("not found", StringComparison.Ordinal))), "no failed rebuild after deleting the folder");
        await AssertStillServingAsync(client, index, documents);
    }

    private static async Task AssertStillServingAsync(HttpClient client, IKnowledgeIndex index, int documents)
    {
        Assert.Equal(documents, index.Documents.Count);
        var question = Activities.Message("hoe ga ik om met boze inwoners");
        question["deliveryMode"] = "expectReplies";
        var answer = await client.PostAsync("/api/messages", Activities.Json(question));
        var replies = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Contains(replies, r => r!["attachments"]?.AsArray().Count > 0);

        var health = JsonNode.Parse(await client.GetStringAsync("/healthz"))!;
        Assert.Equal("stale", (string?)health["index"]!["status"]);
        Assert.Equal(documents, (int)health["index"]!["documents"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
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
}
