namespace SalesSuite.SharedKernel.Time;

public sealed class BusinessTimeOptions
{
    /// <summary>IANA zone in which business days, working hours and displayed times are reckoned.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
