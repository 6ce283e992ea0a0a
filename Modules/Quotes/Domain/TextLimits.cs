namespace SalesSuite.Quotes.Domain;

/// <summary>The longest free text Quotes stores, per field; the aggregate refuses more and validators say so first.</summary>
internal static class TextLimits
{
    public const int Comment = 1000;
    public const int ChangeNote = 500;
    public const int Terms = 4000;
    public const int Tags = 200;
    public const int CustomerName = 100;
    public const int RequiredTag = 50;
    public const int RebateText = 500;
    public const int RebateCode = 64;

    /// <summary>Refuses with <paramref name="key"/> (argument: the limit) when <paramref name="text"/> is longer.</summary>
    public static void Check(string? text, int limit, string key) =>
        SharedKernel.Domain.DomainException.ThrowIf(text is not null && text.Trim().Length > limit, key, limit);
}
