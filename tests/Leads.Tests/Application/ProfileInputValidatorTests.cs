using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.Customers;

namespace SalesSuite.Leads.Tests.Application;

/// <summary>The profile and correction forms' rules answer with resource keys.</summary>
public sealed class ProfileInputValidatorTests
{
    private static ProfileInput Valid() => new()
    {
        Name = "广州珠江食品有限公司", ContactName = "梁晨", Phone = "13622223333", Tier = "KA", CustomerType = "Distributor",
    };

    [Fact]
    public void Given_a_valid_profile_Then_it_passes() => Assert.True(new ProfileInputValidator().Validate(Valid()).IsValid);

    [Fact]
    public void Given_missing_company_a_short_phone_and_an_unknown_tier_Then_each_field_has_its_key()
    {
        var input = Valid();
        input.Name = "";
        input.Phone = "123";
        input.Tier = "VIP";
        input.Address = new string('路', 201);
        var errors = new ProfileInputValidator().Validate(input).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Profile_NameRequired", errors[nameof(ProfileInput.Name)]);
        Assert.Equal("Profile_PhoneInvalid", errors[nameof(ProfileInput.Phone)]);
        Assert.Equal("Profile_TierUnknown", errors[nameof(ProfileInput.Tier)]);
        Assert.Equal("Profile_TooLong", errors[nameof(ProfileInput.Address)]);
    }

    [Fact]
    public void Given_a_correction_without_objective_and_a_long_reason_Then_both_are_refused()
    {
        var errors = new CorrectionInputValidator().Validate(new CorrectionInput { Summary = "ok", Reason = new string('因', 201) }).Errors
            .ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("FollowUp_ObjectiveRequired", errors[nameof(CorrectionInput.Objective)]);
        Assert.Equal("Correction_ReasonTooLong", errors[nameof(CorrectionInput.Reason)]);
    }
}
