using System.Text.RegularExpressions;

namespace SalesSuite.Stores.Application.Config;

/// <summary>
/// Codes of feedback categories and options travel in events, reports and links (<c>?category=price</c>): letters,
/// digits, '-' and '_' only, at most 30 characters.
/// </summary>
internal static partial class ConfigCodes
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code.Trim());

    [GeneratedRegex("^[A-Za-z0-9_-]{1,30}$")]
    private static partial Regex Pattern();
}
