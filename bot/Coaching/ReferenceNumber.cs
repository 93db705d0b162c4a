using System.Security.Cryptography;

namespace TipBot.Bot.Coaching;

/// <summary>Short reference numbers people can read aloud: no 0/O, 1/I/L confusion.</summary>
public static class ReferenceNumber
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => "C-" + RandomNumberGenerator.GetString(Alphabet, 6);
}
