using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>A customer of the list with its newest grade from Health (null: not graded yet) and its profile completeness.</summary>
internal sealed record CustomerRow(Customer Customer, string? Grade, ProfileCompleteness? Completeness = null)
{
    /// <summary>The list filter value for customers without a grade.</summary>
    public const string Ungraded = "none";
}
