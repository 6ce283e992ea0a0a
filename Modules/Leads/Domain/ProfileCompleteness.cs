namespace SalesSuite.Leads.Domain;

/// <summary>How many of the customer's key fields are filled, and which are missing (field codes).</summary>
internal sealed record ProfileCompleteness(int Filled, int Count, IReadOnlyList<string> Missing);
