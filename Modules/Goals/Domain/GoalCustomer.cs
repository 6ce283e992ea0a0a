namespace SalesSuite.Goals.Domain;

/// <summary>
/// What Goals knows of a customer, from Leads' and Health's events (never Leads' tables): code, name, owner, the
/// product lines of its deals, Health's grade; <see cref="MarkedKey"/> is set in Goals (a manager's key-customer list).
/// A key customer (A+ / A grade, or marked) is what "key-customer visit" standards count.
/// </summary>
internal sealed class GoalCustomer
{
    public const int NameMaxLength = 200;

    public GoalCustomer(Guid id, string code, string name, Guid? ownerId)
    {
        Id = id;
        Update(code, name, ownerId);
    }

    private GoalCustomer()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public Guid? OwnerId { get; private set; }
    public string? Grade { get; private set; }
    public bool MarkedKey { get; private set; }
    /// <summary>Comma-separated product lines of the customer's deals (DealOpened).</summary>
    public string? ProductLines { get; private set; }

    public bool IsKey => MarkedKey || Grade is "A+" or "A";

    public IReadOnlyList<string> Products =>
        string.IsNullOrEmpty(ProductLines) ? [] : ProductLines.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void Update(string? code, string? name, Guid? ownerId)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            Code = code.Trim();
        }
        if (!string.IsNullOrWhiteSpace(name))
        {
            Name = name.Trim().Length > NameMaxLength ? name.Trim()[..NameMaxLength] : name.Trim();
        }
        if (ownerId is not null)
        {
            OwnerId = ownerId;
        }
    }

    public void AddProductLine(string? productLine)
    {
        if (string.IsNullOrWhiteSpace(productLine) || Products.Contains(productLine.Trim()))
        {
            return;
        }
        var joined = string.Join(',', Products.Append(productLine.Trim().Replace(",", " ", StringComparison.Ordinal)));
        ProductLines = joined.Length > 500 ? ProductLines : joined;
    }

    public void SetGrade(string? grade) => Grade = string.IsNullOrWhiteSpace(grade) ? null : grade.Trim();

    public void MarkKey(bool key) => MarkedKey = key;
}
