using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>The profile form: the customer, its completeness, who may edit, and the configured industries and budget bands.</summary>
internal sealed record ProfileFormView(
    Customer Customer, ProfileCompleteness Completeness, bool CanEdit, IReadOnlyList<string> Industries, IReadOnlyList<string> Budgets);
