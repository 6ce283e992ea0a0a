using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>A customer of the list with its newest grade from Health (null: not graded yet).</summary>
internal sealed record CustomerRow(Customer Customer, string? Grade)
{
    /// <summary>The list filter value for customers without a grade.</summary>
    public const string Ungraded = "none";
}
