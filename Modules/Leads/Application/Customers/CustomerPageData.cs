using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// The stored facts the customer page shows, as read (shared between viewers: nothing here depends on who reads it or in
/// which language). A merged customer carries only itself (its page redirects to the survivor).
/// </summary>
internal sealed class CustomerPageData
{
    /// <summary>No such customer (cached too, so a wrong id costs one read per change of the stamp).</summary>
    public static readonly CustomerPageData Missing = new();

    public Customer Customer { get; init; } = null!;
    public IReadOnlyList<Deal> Deals { get; init; } = [];
    public IReadOnlyList<NextAction> Actions { get; init; } = [];
    public IReadOnlyDictionary<Guid, string> StageNames { get; init; } = new Dictionary<Guid, string>();
    public IReadOnlyList<DealFile> DealFiles { get; init; } = [];
    public CustomerGrade? Grade { get; init; }
    public ProfileCompleteness Completeness { get; init; } = null!;
    public IReadOnlyList<ProfileField> Fields { get; init; } = [];
    public IReadOnlyDictionary<Guid, string> Values { get; init; } = new Dictionary<Guid, string>();
    public IReadOnlyList<string> Industries { get; init; } = [];
    public IReadOnlyList<string> Budgets { get; init; } = [];
    public IReadOnlyList<CustomerTypeOption> Types { get; init; } = [];
    public IReadOnlyList<CustomerContact> Contacts { get; init; } = [];
    public IReadOnlyList<string> ProductLines { get; init; } = [];
    public TimelineSlice Timeline { get; init; } = TimelineSlice.Empty;
}
