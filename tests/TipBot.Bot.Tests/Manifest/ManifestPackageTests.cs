using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Manifest;

/// <summary>manifest/package.sh through its real entry point, checked with Microsoft's own schema package.</summary>
public sealed class ManifestPackageTests : IDisposable
{
    private const string AppId = "7d3e2f0a-1b2c-4d5e-8f90-a1b2c3d4e5f6";
    private readonly string _dir = Directory.CreateTempSubdirectory("tipbot-manifest-").FullName;

    [Fact]
    public void PackageIsValidAgainstMicrosoftsSchema()
    {
        var zip = Path.Combine(_dir, "tipbot.zip");
        var run = Run("bash", RepoFile("manifest/package.sh"), AppId, "tipbot.gemeente-voorbeeld.nl", zip);
        Assert.True(run.ExitCode == 0, run.Output);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var manifestPath = Path.Combine(_dir, "manifest.json");
        archive.GetEntry("manifest.json")!.ExtractToFile(manifestPath);

        var validation = Validate(manifestPath);
        Assert.True(validation.ExitCode == 0, validation.Output);

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        Assert.NotEqual("1.18", (string?)manifest["manifestVersion"]);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("tipbot.gemeente-voorbeeld.nl", (string?)manifest["validDomains"]![0]);
        Assert.Equal("https://tipbot.gemeente-voorbeeld.nl/privacy.html", (string?)manifest["developer"]!["privacyUrl"]);
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!);
        Assert.Equal(["tip", "coach", "onderwerpen", "help"], commands);
        var search = manifest["composeExtensions"]![0]!["commands"]![0]!;
        Assert.Equal("query", (string?)search["type"]);
        Assert.Equal("Zoek een tip", (string?)search["title"]);
        Assert.True((bool)search["initialRun"]!);
    }

    [Fact]
    public void IconsHaveTeamsSizesAndTheOutlineIsTransparent()
    {
        var zip = Path.Combine(_dir, "tipbot.zip");
        Assert.Equal(0, Run("bash", RepoFile("manifest/package.sh"), AppId, "tipbot.example.org", zip).ExitCode);
        using var archive = ZipFile.OpenRead(zip);

        var color = ReadPng(archive, "color.png");
        Assert.Equal((192, 192), (color.Width, color.Height));

        var outline = ReadPng(archive, "outline.png");
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
        var transparent = 0;
        for (var y = 0; y < 32; y++)
        {
            for (var x = 0; x < 32; x++)
            {
                var alpha = outline.AlphaAt(x, y);
                if (alpha == 0)
                {
                    transparent++;
                }
                else
                {
                    // Teams wants the outline icon white on transparent.
                    Assert.Equal(((byte)255, (byte)255, (byte)255), outline.RgbAt(x, y));
                }
            }
        }
        Assert.InRange(transparent, 32 * 32 / 2, 32 * 32 - 50);
    }

    [Fact]
    public void ABrokenManifestIsReported()
    {
        var path = Path.Combine(_dir, "broken.json");
        var manifest = JsonNode.Parse(File.ReadAllText(RepoFile("manifest/manifest.template.json")))!.AsObject();
        manifest["id"] = "not-a-guid";
        manifest.Remove("icons");
        File.WriteAllText(path, manifest.ToJsonString());

        var validation = Validate(path);
        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("icons", validation.Output);
        Assert.Contains("/id", validation.Output);
    }

    [Theory]
    [InlineData("not-a-guid", "tipbot.example.org", "out.zip")]
    [InlineData(AppId, "https://tipbot.example.org/", "out.zip")]
    [InlineData(AppId, "tipbot.example.org", "out.txt")]
    [InlineData(AppId, "tipbot.example.org", "missing-folder/out.zip")]
    public void BadArgumentsGiveAUsageError(string appId, string domain, string outName)
    {
        var run = Run("bash", RepoFile("manifest/package.sh"), appId, domain, Path.Combine(_dir, outName));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("usage: manifest/package.sh", run.Output.Trim());
        Assert.Empty(Directory.GetFiles(_dir, "*.zip"));
    }

    [Fact]
    public void MissingArgumentsGiveAUsageError()
    {
        var run = Run("bash", RepoFile("manifest/package.sh"), AppId);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Output);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PngImage ReadPng(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PngImage.Read(buffer.ToArray());
    }

    private static (int ExitCode, string Output) Validate(string manifestPath) =>
        Run("node", RepoFile("tests/peers/validate-manifest.js"), manifestPath);

    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TipBot.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }
        throw new InvalidOperationException("TipBot.sln not found above the test's folder");
    }

    private static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
