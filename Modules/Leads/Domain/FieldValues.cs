using System.Globalization;
using NodaTime.Text;

namespace SalesSuite.Leads.Domain;

/// <summary>Checks one typed field value; returns a resource key describing the problem, or null when valid.</summary>
internal static class FieldValues
{
    public static readonly string[] AllowedFileExtensions = [".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx"];

    public static string? Problem(StageField field, string? value) => Problem(field.Type, field.Required, field.Choices, value);

    /// <summary>The same check for any typed field (stage fields, director-defined profile fields).</summary>
    public static string? Problem(FieldType type, bool required, IReadOnlyList<string> choices, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? "Deal_Field_Required" : null;
        }
        var v = value.Trim();
        return type switch
        {
            FieldType.Number => IsDecimal(v, out _) ? null : "Deal_Field_Number",
            FieldType.Money => IsDecimal(v, out var m) && m >= 0 ? null : "Deal_Field_Money",
            FieldType.Percent => IsDecimal(v, out var p) && p is >= 0 and <= 100 ? null : "Deal_Field_Percent",
            FieldType.Date => LocalDatePattern.Iso.Parse(v).Success ? null : "Deal_Field_Date",
            FieldType.Choice => choices.Contains(v) ? null : "Deal_Field_Choice",
            FieldType.File => AllowedFileExtensions.Contains(Path.GetExtension(v).ToLowerInvariant()) ? null : "Deal_Field_File",
            _ => v.Length <= 500 ? null : "Deal_Field_TooLong",
        };
    }

    /// <summary>The stored value of a "file" field: the attachment id and the file name ("id|name").</summary>
    public static string FileValue(Guid attachmentId, string fileName) => $"{attachmentId}|{fileName}";

    /// <summary>The attachment id and file name of a stored "file" value (a bare file name from before uploads has no id).</summary>
    public static (Guid? AttachmentId, string FileName) ParseFile(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && Guid.TryParse(value.AsSpan(0, bar), out var id) ? (id, value[(bar + 1)..]) : (null, value);
    }

    private static bool IsDecimal(string v, out decimal d) =>
        decimal.TryParse(v.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out d);
}
