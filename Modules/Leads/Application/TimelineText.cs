namespace SalesSuite.Leads.Application;

/// <summary>Free text from another module as one timeline argument: arguments are stored joined by "|", and kept short.</summary>
internal static class TimelineText
{
    public const int MaxArgument = 200;

    public static string Argument(string text)
    {
        var clean = text.Replace('|', '/').Trim();
        return clean.Length > MaxArgument ? clean[..MaxArgument] + "…" : clean;
    }
}
