using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class ClauseTemplatesTests
{
    [Theory]
    [InlineData("Hospital", "Clause_Hospital")]
    [InlineData("医院", "Clause_Hospital")]
    [InlineData("Distributor", "Clause_Dealer")]
    [InlineData("Dealer", "Clause_Dealer")]
    [InlineData("Manufacturer", "Clause_Manufacturer")]
    [InlineData("生产厂家", "Clause_Manufacturer")]
    [InlineData("EndUser", "Clause_Standard")]
    [InlineData(null, "Clause_Standard")]
    public void Given_a_Leads_type_code_Then_its_clause_template(string? type, string key) =>
        Assert.Equal(key, ClauseTemplates.KeyFor(type));
}
