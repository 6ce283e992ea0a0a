namespace SalesSuite.Leads.Application.Tasks;

/// <summary>One open stage task with the minimal deal/customer information its role needs.</summary>
internal sealed record TaskRow(
    Guid Id, string Role, string Title, string Details, string DealTitle, string CustomerName, string CustomerCode, int AgeDays,
    string CreatedAt, int Version = 0);
