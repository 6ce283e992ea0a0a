namespace SalesSuite.Leads.Domain;

internal sealed record ScoringWeights(int Industry, int WinRate, int Load)
{
    public static readonly ScoringWeights Default = new(40, 30, 30);

    public bool IsValid => Industry >= 0 && WinRate >= 0 && Load >= 0 && Industry + WinRate + Load == 100;
}
