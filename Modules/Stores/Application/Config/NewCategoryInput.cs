namespace SalesSuite.Stores.Application.Config;

/// <summary>The "add a category" form: a stable code and a name (options follow on the category's page).</summary>
public sealed class NewCategoryInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
}
