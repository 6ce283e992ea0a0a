namespace SalesSuite.Leads.Application.Customers;

/// <summary>A file uploaded for a deal's "file" stage field, downloadable from the customer page.</summary>
internal sealed record DealFile(Guid Id, Guid DealId, string FileName);
