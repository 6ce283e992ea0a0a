namespace SalesSuite.Quotes.Domain;

/// <summary>V1, V2, V2.1: a major per salesperson revision, a minor per Finance cost lock.</summary>
internal readonly record struct VersionLabel(int Major, int Minor)
{
    public static VersionLabel First { get; } = new(1, 0);

    public VersionLabel NextMajor() => new(Major + 1, 0);

    public VersionLabel NextMinor() => new(Major, Minor + 1);

    public override string ToString() => Minor == 0 ? $"V{Major}" : $"V{Major}.{Minor}";
}
