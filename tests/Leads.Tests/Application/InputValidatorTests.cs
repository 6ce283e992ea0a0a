using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Application.Config;
using SalesSuite.Leads.Application.Intake;

namespace SalesSuite.Leads.Tests.Application;

public sealed class InputValidatorTests
{
    [Fact]
    public void Given_settings_outside_the_ranges_When_validated_Then_each_field_names_its_range_key_with_min_and_max()
    {
        var result = new SettingsInputValidator()
            .Validate(new SettingsInput { ClaimWindowMinutes = 10, MaxOpenClaims = 20, EscalationHours = 800 });
        Assert.Equal(
            [("ClaimWindowMinutes", "Config_ClaimWindow_Range"), ("EscalationHours", "Config_EscalationHours_Range")],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        Assert.Equal(new object[] { 15, 1440 }, (object[])result.Errors[0].CustomState);
    }

    [Fact]
    public void Given_valid_settings_When_validated_Then_there_is_no_problem() =>
        Assert.True(new SettingsInputValidator()
            .Validate(new SettingsInput { ClaimWindowMinutes = 90, MaxOpenClaims = 20, EscalationHours = 48 }).IsValid);

    [Fact]
    public void Given_an_intake_form_with_a_bad_phone_and_no_company_When_validated_Then_both_fields_are_named()
    {
        var result = new IntakeInputValidator().Validate(new IntakeInput { ContactName = "王磊", Phone = "12-34", Source = "官网表单" });
        Assert.Equal(
            [("Company", "Intake_CompanyRequired"), ("Phone", "Intake_PhoneInvalid")],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Given_a_complete_intake_form_When_validated_Then_it_passes() =>
        Assert.True(new IntakeInputValidator().Validate(
            new IntakeInput { ContactName = "王磊", Company = "宁波恒达", Phone = "138 0013 8000", Source = "官网表单" }).IsValid);

    [Theory]
    [InlineData("付款方式", "Choice", null, false)]
    [InlineData("付款方式", "Choice", "电汇|承兑", true)]
    [InlineData("付款方式", "Nonsense", null, false)]
    [InlineData(" ", "Text", null, false)]
    [InlineData("设备参数", "Text", null, true)]
    public void Given_a_new_field_When_validated_Then_a_choice_needs_options(string label, string type, string? options, bool valid) =>
        Assert.Equal(valid, new FieldInputValidator().Validate(new FieldInput { Label = label, Type = type, Options = options }).IsValid);

    [Fact]
    public void Given_a_reassignment_without_a_reason_When_validated_Then_the_reason_is_required()
    {
        var result = new ReassignInputValidator().Validate(new ReassignInput { ToUserId = Guid.NewGuid(), Reason = "  " });
        Assert.Equal("Reassign_ReasonRequired", Assert.Single(result.Errors).ErrorMessage);
        Assert.False(new StageInputValidator().Validate(new StageInput { Name = "" }).IsValid);
    }
}
