using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace TipBot.Bot.Hosting;

/// <summary>
/// Makes the SDK fetch the channels' OpenID metadata and signing keys through our <see cref="IHttpClientFactory"/>.
/// The SDK (4.23.1) passes its own static HttpClient to <see cref="JwtTokenExtractor"/>, which keeps one metadata
/// cache per URL for the whole process, first creator wins; creating an extractor for each URL first, with our
/// client, puts our client in that cache (proxy settings, trusted roots, timeouts all come from the host).
/// </summary>
public static class MetadataHttpClient
{
    public static void Prime(IConfiguration configuration, IHttpClientFactory factory)
    {
        var client = factory.CreateClient(nameof(MetadataHttpClient));
        foreach (var url in MetadataUrls(configuration))
        {
            // The parameters are irrelevant: only the per-URL metadata and endorsement caches outlive this object.
            _ = new JwtTokenExtractor(client, new TokenValidationParameters(), url, AuthenticationConstants.AllowedSigningAlgorithms);
        }
    }

    private static IEnumerable<string> MetadataUrls(IConfiguration configuration)
    {
        string[] urls =
        [
            configuration["ToBotFromChannelOpenIdMetadataUrl"] ?? "",
            configuration["ToBotFromEmulatorOpenIdMetadataUrl"] ?? "",
            AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
            AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ];
        return urls.Where(u => u.Length > 0).Distinct(StringComparer.Ordinal);
    }
}
