using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>Director-defined profile fields (typed like stage fields), completeness with them, contacts and customer types.</summary>
public sealed class CustomerMasterDataTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static Customer NewCustomer() =>
        new(Guid.NewGuid(), "C3333EXP", new LeadDetails("梁晨", "广州珠江食品有限公司", "13622223333", "展会扫码", "食品饮料", null, null, null, null),
            Guid.NewGuid(), Now);

    private static ProfileValues Values(string? type) => new(
        "广州珠江食品有限公司", "梁晨", "13622223333", "食品饮料", null, type, null, null, null, null, null);

    [Theory]
    [InlineData(nameof(FieldType.Number), null, "12.5", null)]
    [InlineData(nameof(FieldType.Number), null, "十二", "Deal_Field_Number")]
    [InlineData(nameof(FieldType.Money), null, "-1", "Deal_Field_Money")]
    [InlineData(nameof(FieldType.Percent), null, "101", "Deal_Field_Percent")]
    [InlineData(nameof(FieldType.Date), null, "2026-13-01", "Deal_Field_Date")]
    [InlineData(nameof(FieldType.Date), null, "2026-12-01", null)]
    [InlineData(nameof(FieldType.Choice), "公立|民营", "民营", null)]
    [InlineData(nameof(FieldType.Choice), "公立|民营", "外资", "Deal_Field_Choice")]
    [InlineData(nameof(FieldType.Number), null, "  ", null)]
    public void Given_a_typed_profile_field_Then_a_value_is_checked_like_a_stage_field(string type, string? options, string value, string? problem) =>
        Assert.Equal(problem, new ProfileField(Guid.NewGuid(), "床位数", Enum.Parse<FieldType>(type), options, isKey: true, 1).Problem(value));

    [Fact]
    public void Given_a_file_type_or_a_choice_without_choices_Then_the_field_is_refused()
    {
        Assert.Equal("Cust_Field_TypeInvalid",
            Assert.Throws<DomainException>(() => new ProfileField(Guid.NewGuid(), "资质", FieldType.File, null, false, 1)).Key);
        Assert.Equal("Cust_Field_ChoicesRequired",
            Assert.Throws<DomainException>(() => new ProfileField(Guid.NewGuid(), "性质", FieldType.Choice, " ", false, 1)).Key);
        Assert.Equal("Cust_Field_LabelInvalid",
            Assert.Throws<DomainException>(() => new ProfileField(Guid.NewGuid(), " ", FieldType.Text, null, false, 1)).Key);
    }

    [Fact]
    public void Given_director_key_fields_Then_completeness_counts_active_key_fields_only_and_gives_a_percent()
    {
        var customer = NewCustomer(); // 4 of 11 built-in key fields filled
        var beds = new ProfileField(Guid.NewGuid(), "床位数", FieldType.Number, null, isKey: true, 1);
        var level = new ProfileField(Guid.NewGuid(), "医院等级", FieldType.Choice, "三级|二级", isKey: true, 2);
        var note = new ProfileField(Guid.NewGuid(), "备注", FieldType.Text, null, isKey: false, 3);
        var retired = new ProfileField(Guid.NewGuid(), "旧字段", FieldType.Text, null, isKey: true, 4);
        retired.SetActive(false);
        var values = new Dictionary<Guid, string> { [beds.Id] = "800", [note.Id] = "x" };

        var completeness = CustomerProfile.Completeness(customer, [level, beds, note, retired], values);

        Assert.Equal((5, 13), (completeness.Filled, completeness.Count));
        Assert.Equal(38, completeness.Percent); // 5 / 13 = 38.5 %
        Assert.Equal(level.Code, completeness.Missing[^1]);
        Assert.Equal("医院等级", completeness.Labels[level.Code]);
        Assert.DoesNotContain(retired.Code, completeness.Missing);
        Assert.Equal(36, CustomerProfile.Completeness(customer).Percent); // 4 / 11 = 36.4 % without them
    }

    [Fact]
    public void Given_configured_types_When_editing_Then_a_configured_code_is_taken_an_unknown_refused_and_the_current_one_kept()
    {
        var customer = NewCustomer();
        customer.EditProfile(Values("Clinic"), ["Hospital", "Clinic"]);
        Assert.Equal("Clinic", customer.CustomerType);

        Assert.Equal("Profile_TypeUnknown",
            Assert.Throws<DomainException>(() => customer.EditProfile(Values("Pharmacy"), ["Hospital", "Clinic"])).Key);
        // Clinic deactivated since: the customer keeps it on the next edit.
        Assert.Empty(customer.EditProfile(Values("Clinic"), ["Hospital"]));
    }

    [Fact]
    public void Given_contact_values_Then_name_phone_and_email_are_checked()
    {
        ContactValues Contact(string name = "王主任", string? phone = "0571-8888 6666", string? email = "wang@example.cn") =>
            new(name, ContactRole.DecisionMaker, phone, email, "设备科主任", true);
        var contact = new CustomerContact(Guid.NewGuid(), Guid.NewGuid(), Contact(), Now);
        Assert.Equal(("王主任", ContactRole.DecisionMaker, true), (contact.Name, contact.Role, contact.IsPrimary));

        Assert.Equal("Cust_Contact_NameRequired", Assert.Throws<DomainException>(() => contact.Change(Contact(name: " "))).Key);
        Assert.Equal("Cust_Contact_PhoneInvalid", Assert.Throws<DomainException>(() => contact.Change(Contact(phone: "123"))).Key);
        Assert.Equal("Cust_Contact_EmailInvalid", Assert.Throws<DomainException>(() => contact.Change(Contact(email: "wang"))).Key);
        Assert.Equal("王主任", contact.Name);
        contact.NotPrimary();
        Assert.False(contact.IsPrimary);
    }

    [Theory]
    [InlineData("Clinic", true)]
    [InlineData("Private-Hospital_2", true)]
    [InlineData("2Clinic", false)]
    [InlineData("诊所", false)]
    [InlineData("", false)]
    public void Given_a_type_code_Then_only_ascii_codes_starting_with_a_letter_are_taken(string code, bool ok) =>
        Assert.Equal(ok, CustomerTypeOption.IsCode(code));
}
