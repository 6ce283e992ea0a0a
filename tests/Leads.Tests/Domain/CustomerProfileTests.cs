using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>The customer's key fields, their completeness and the profile edit.</summary>
public sealed class CustomerProfileTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static Customer NewCustomer(string? industry = "食品饮料", string? budget = null, string? credit = null) =>
        new(Guid.NewGuid(), "C3333EXP", new LeadDetails("梁晨", "广州珠江食品有限公司", "13622223333", "展会扫码", industry, budget, null, null, credit),
            Guid.NewGuid(), Now);

    private static ProfileValues Full(string phone = "136-2222-3333") => new(
        "广州珠江食品有限公司", "梁晨", phone, "食品饮料", "91440101 mA59xxxx1x", "EndUser", "KA", "广州市天河区珠江新城 1 号",
        "王总（采购总监）", "50–200万", "西门子");

    [Fact]
    public void Given_a_customer_from_intake_Then_its_filled_key_fields_are_counted_and_the_missing_ones_named()
    {
        var completeness = CustomerProfile.Completeness(NewCustomer(budget: "<50万"));
        Assert.Equal((5, 11), (completeness.Filled, completeness.Count));
        Assert.Equal(
            [CustomerProfile.CreditCode, CustomerProfile.CustomerType, CustomerProfile.Tier, CustomerProfile.Address,
             CustomerProfile.DecisionMaker, CustomerProfile.Competitor],
            completeness.Missing);
    }

    [Fact]
    public void Given_a_blank_industry_Then_it_counts_as_missing()
    {
        var completeness = CustomerProfile.Completeness(NewCustomer(industry: "  "));
        Assert.Equal(3, completeness.Filled);
        Assert.Contains(CustomerProfile.Industry, completeness.Missing);
    }

    [Fact]
    public void Given_every_key_field_When_editing_Then_the_profile_is_complete_and_the_changed_fields_are_named()
    {
        var customer = NewCustomer();
        var changed = customer.EditProfile(Full());
        Assert.Equal(
            [CustomerProfile.Phone, CustomerProfile.CreditCode, CustomerProfile.CustomerType, CustomerProfile.Tier, CustomerProfile.Address,
             CustomerProfile.DecisionMaker, CustomerProfile.BudgetBand, CustomerProfile.Competitor],
            changed);
        var completeness = CustomerProfile.Completeness(customer);
        Assert.Equal((11, 11), (completeness.Filled, completeness.Count));
        Assert.Empty(completeness.Missing);
        Assert.Equal(("13622223333", "91440101MA59XXXX1X"), (customer.NormalizedPhone, customer.CreditCode));
    }

    [Fact]
    public void Given_the_same_values_When_editing_again_Then_nothing_is_reported_changed()
    {
        var customer = NewCustomer();
        customer.EditProfile(Full());
        Assert.Empty(customer.EditProfile(Full()));
    }

    [Fact]
    public void Given_a_blanked_field_When_editing_Then_it_is_missing_again()
    {
        var customer = NewCustomer();
        customer.EditProfile(Full());
        var changed = customer.EditProfile(Full() with { MainCompetitor = " " });
        Assert.Equal([CustomerProfile.Competitor], changed);
        Assert.Equal([CustomerProfile.Competitor], CustomerProfile.Completeness(customer).Missing);
    }

    [Theory]
    [InlineData("Pharmacy", null, "Profile_TypeUnknown")]
    [InlineData(null, "三甲", "Profile_TierUnknown")]
    public void Given_an_unknown_type_or_tier_When_editing_Then_it_is_refused_and_nothing_changes(string? type, string? tier, string key)
    {
        var customer = NewCustomer();
        var refusal = Assert.Throws<DomainException>(() => customer.EditProfile(Full() with { CustomerType = type, Tier = tier }));
        Assert.Equal(key, refusal.Key);
        Assert.Null(customer.Address);
    }

    [Fact]
    public void Given_a_short_phone_When_editing_Then_it_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => NewCustomer().EditProfile(Full(phone: "12345")));
        Assert.Equal("Profile_PhoneInvalid", refusal.Key);
    }
}
