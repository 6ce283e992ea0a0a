using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Import;

/// <summary>One parsed CSV line (1-based line number) with its problems as localisable keys.</summary>
internal sealed record CsvRow(int Line, LeadDetails Details, IReadOnlyList<string> Errors)
{
    public bool Valid => Errors.Count == 0;
}
