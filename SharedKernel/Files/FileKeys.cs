namespace SalesSuite.SharedKernel.Files;

/// <summary>
/// The rule for file-store keys: a relative path of plain segments separated by '/'. No segment may start with '.'
/// (which refuses "." and "..", and keeps the store's own hidden folder for unfinished writes out of reach).
/// </summary>
public static class FileKeys
{
    public const int MaxLength = 400;

    private static readonly char[] Forbidden = ['\\', ':', '*', '?', '"', '<', '>', '|'];

    public static bool IsValid(string? key) =>
        !string.IsNullOrEmpty(key)
        && key.Length <= MaxLength
        && key.IndexOfAny(Forbidden) < 0
        && !key.Any(char.IsControl)
        && key.Split('/').All(s => s.Length > 0 && s[0] != '.' && s.Trim() == s);

    /// <summary>Refuses a key that could leave the store's folder or is not a plain relative path.</summary>
    public static string Check(string key) =>
        IsValid(key) ? key : throw new ArgumentException($"'{key}' is not a file-store key (a relative path with '/', no '..').", nameof(key));

    /// <summary>A prefix is a key, a key followed by '/', or empty.</summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length == 0 || (IsValid(prefix.EndsWith('/') ? prefix[..^1] : prefix));
}
