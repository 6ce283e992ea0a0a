using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// A customer type the director offers (客户类型). The code is stable (stored on customers, published in
/// CustomerProfileChanged, read by Quotes' clause suggestion); the name is what people see (null: the built-in name
/// CustomerType_&lt;code&gt;). A deactivated type is no longer offered; customers keep it.
/// </summary>
internal sealed class CustomerTypeOption : IAuditable, IVersioned
{
    public const int MaxCode = 50;
    public const int MaxName = 50;

    private CustomerTypeOption() { }

    public CustomerTypeOption(Guid id, string code, string? name, int position)
    {
        DomainException.ThrowIf(!IsCode(code), "Cust_Type_CodeInvalid");
        Id = id;
        Code = code.Trim();
        Name = Blank(name);
        Position = position;
        Active = true;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string? Name { get; private set; }
    public bool Active { get; private set; }
    public int Position { get; private set; }
    public int Version { get; set; }

    public string AuditId => Code;

    public void Rename(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        DomainException.ThrowIf(trimmed.Length is 0 or > MaxName, "Cust_Type_NameInvalid");
        Name = trimmed;
    }

    public void SetActive(bool active) => Active = active;

    /// <summary>Letters, digits, '-' or '_', starting with a letter, at most <see cref="MaxCode"/> characters.</summary>
    public static bool IsCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= MaxCode && char.IsAsciiLetter(code.Trim()[0])
        && code.Trim().All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
