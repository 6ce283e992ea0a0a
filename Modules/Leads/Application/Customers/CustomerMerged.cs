namespace SalesSuite.Leads.Application.Customers;

/// <summary>What the page tells after a merge: the duplicate's code and the survivor's.</summary>
internal sealed record CustomerMerged(string MergedCode, string SurvivorCode);
