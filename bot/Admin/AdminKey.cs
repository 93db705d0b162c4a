using System.Security.Cryptography;
using System.Text;

namespace TipBot.Bot.Admin;

/// <summary>Checks the X-Admin-Key header against Admin:ApiKey; with no key configured the admin endpoints are off.</summary>
public sealed class AdminKey(IConfiguration configuration)
{
    public const string Header = "X-Admin-Key";

    public bool IsConfigured => !string.IsNullOrEmpty(configuration["Admin:ApiKey"]);

    public bool Matches(string? presented)
    {
        var expected = configuration["Admin:ApiKey"];
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(presented))
        {
            return false;
        }
        // Hash both sides so the comparison takes the same time whatever the lengths.
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
